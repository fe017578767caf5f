import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './i18n/index.ts';
import { sourceLocale } from './i18n/locales.ts';
import { loadSiteData } from './lib/astro/collections.ts';
import { loadSite } from './lib/astro/site.ts';
import { cardBuild } from './lib/astro/card-build.ts';
import { failureOf, stopWith } from './integrations/plain-failure.ts';

/**
 * The request context every layout, component and endpoint reads from
 * `Astro.locals` instead of props passed down through each of them, or data
 * files read again: the resolved site, the route being rendered (for content
 * pages), the reader's language and its strings, the language the content
 * is written in, the data files (partners, topics, legal facts, corridor
 * map) and the site's own address. A file published beside a page (a news
 * feed, a sharing card, a map drawing) is in that page's language. The
 * bilingual pages (language chooser, 404) and the team's page are in the
 * source language.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const [site, data] = await Promise.all([loadSite(), loadSiteData()]);
  const path = decodeURI(context.url.pathname);
  const route = site.routeAt(path);
  const page = route ?? site.routeAt(path.slice(0, path.lastIndexOf('/') + 1));
  const lang = page?.lang ?? sourceLocale;
  Object.assign(context.locals, {
    site,
    route,
    lang,
    contentLang: page?.contentLang ?? lang,
    t: useTranslations(lang),
    ...data,
    siteUrl: new URL(import.meta.env.SITE),
  } satisfies App.Locals);
  try {
    return await next();
  } catch (error) {
    // In a build, what no check foresaw (a card that could not be drawn, a page that could not render)
    // ends it with the plain report, naming the page's file; the preview shows Astro's error page. The
    // sharing cards' build module names a build during builds only (import.meta.env.DEV was true in some builds).
    if (!cardBuild) throw error;
    // Astro has written the page's address and waits to end its line: the report starts on a line of its own.
    process.stderr.write('\n');
    return stopWith(failureOf(error, page?.entry.filePath ?? path));
  }
});
