declare namespace App {
  /** The request context, set once per request (page or file) by src/middleware.ts. */
  interface Locals {
    site: import('./lib/astro/site.ts').PageSite;
    /** The content page being rendered; none on the chooser, 404 and team pages. */
    route: import('./lib/astro/site.ts').PageRoute | undefined;
    /** The reader's language: `<html lang>`, menus, notices. */
    lang: import('./i18n/locales.ts').Locale;
    /** The language of the content being rendered, for components used inside it. */
    contentLang: import('./i18n/locales.ts').Locale;
    /** The interface strings in the reader's language. */
    t: import('./i18n/index.ts').Translate;
    /** The partners of the agreement, in the order the site presents them. */
    partners: import('./lib/astro/collections.ts').Partner[];
    /** The facts of content/legal.yaml: the accessibility status, the legal pages' facts. */
    legal: import('./lib/content/legal-schema.ts').LegalFacts;
    /** The label of each news topic, by id, in each language. */
    tagLabels: import('./lib/astro/collections.ts').SiteData['tagLabels'];
    /** The corridor map's data; undefined when the content folder has none (src/lib/astro/load-corridor.ts says so). */
    corridor: import('./lib/content/corridor-schema.ts').Corridor | undefined;
    /** The address the site is published at (`SITE_URL`), for absolute URLs. */
    siteUrl: URL;
  }
}

/** The site the content check resolved (src/integrations/site-module.ts). */
declare module 'virtual:partnership/site' {
  const siteRecord: import('./lib/astro/site-record.ts').SiteRecord;
  export default siteRecord;
}

/** What a build tells the card endpoints (src/integrations/sharing-cards.ts); none in the preview. */
declare module 'virtual:partnership/card-build' {
  const build: import('./lib/sharing-cards/card-build.ts').CardBuild | undefined;
  export default build;
}

/** Where a build keeps the corridor map's drawings (src/integrations/map-cache.ts); none in the dev server. */
declare module 'virtual:partnership/map-cache' {
  const cache: import('./lib/map/map-cache.ts').MapCache | undefined;
  export default cache;
}
