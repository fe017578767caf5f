import { locales, type Locale } from '../../i18n/locales.ts';
import { corridorMapUrls, type MapLayout } from './map-urls.ts';
import type { Route } from './route.ts';

/**
 * The addresses of the pages that do not come from a content file. Each is
 * root-relative, with the base path; templates and endpoints read them here
 * rather than writing them.
 */
export interface FixedPages {
  /** The bilingual language chooser: the base path itself. */
  chooser: string;
  /** The team's translation status page. */
  translationStatus: string;
  /** The web editor (Sveltia CMS, written by src/integrations/web-editor/): never indexed. */
  webEditor: string;
  /** What static hosts serve for an address the site does not have. */
  notFound: string;
  sitemap: string;
  robots: string;
  /** Files of `public/` that pages point to: the icon, and the image shown when a page without a card of its own is shared. */
  favicon: string;
  shareImage: string;
  /** Each language's news feed, next to its news page, then each topic's, next to its list. */
  feeds: readonly FeedAddress[];
  /** The corridor map's drawings (src/lib/map/), in each language: one per layout. */
  corridorMaps: Record<Locale, Record<MapLayout, string>>;
}

/** Where a language's news feed is published. */
export interface FeedAddress {
  lang: Locale;
  url: string;
  /** The `[...section]` parameter of its endpoint: the news page's `param`, or the topic list's. */
  param: string;
  /** The topic whose articles the feed lists; none for the feed of every article. */
  topic?: string | undefined;
}

/** Page `page` of the team's translation status: the first at its own address, the others below it (`/translations/2/`). */
export function translationStatusUrl(fixedPages: FixedPages, page: number): string {
  return page === 1 ? fixedPages.translationStatus : `${fixedPages.translationStatus}${page}/`;
}

/**
 * The fixed pages' addresses under `base`; a feed sits next to its
 * language's news page (`newsIndexOf`), or its topic's list (among `listRoutes`).
 */
export function fixedPagesOf(base: string, newsIndexOf: (lang: Locale) => Route | undefined, listRoutes: readonly Route[]): FixedPages {
  return {
    chooser: base,
    translationStatus: `${base}translations/`,
    webEditor: `${base}admin/`,
    notFound: `${base}404.html`,
    sitemap: `${base}sitemap.xml`,
    robots: `${base}robots.txt`,
    favicon: `${base}favicon.svg`,
    shareImage: `${base}share.png`,
    feeds: feedsOf(newsIndexOf, listRoutes),
    corridorMaps: Object.fromEntries(locales.map((lang) => [lang, corridorMapUrls(lang, base)])) as FixedPages['corridorMaps'],
  };
}

function feedsOf(newsIndexOf: (lang: Locale) => Route | undefined, listRoutes: readonly Route[]): FeedAddress[] {
  const feedOf = (route: Route, topic?: string): FeedAddress => ({
    lang: route.lang,
    url: `${route.url}rss.xml`,
    param: route.param,
    topic,
  });
  const feeds = locales.flatMap((lang) => {
    const newsIndex = newsIndexOf(lang);
    return newsIndex ? [feedOf(newsIndex)] : [];
  });
  for (const route of listRoutes) {
    const filter = route.newsList?.filter;
    if (filter?.by === 'topic' && route.newsList?.page === 1) feeds.push(feedOf(route, filter.topic));
  }
  return feeds;
}
