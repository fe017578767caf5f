import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './i18n/index.ts';
import { sourceLocale } from './i18n/locales.ts';
import { loadLegalFacts, loadPartners } from './lib/astro/collections.ts';
import { loadSite } from './lib/astro/site.ts';

/**
 * The request context every layout and component reads from `Astro.locals`
 * instead of props passed down through each of them: the resolved site, the
 * route being rendered (for content pages), the reader's language and its
 * strings, the language the content is written in, the partners, whom
 * every page's header and footer name, and the legal facts, whose
 * accessibility status every page's footer gives. The bilingual pages
 * (language chooser, 404) and the team's page are in the source language.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const [site, partners, legal] = await Promise.all([loadSite(), loadPartners(), loadLegalFacts()]);
  const route = site.routeAt(decodeURI(context.url.pathname));
  const lang = route?.lang ?? sourceLocale;
  Object.assign(context.locals, {
    site,
    route,
    lang,
    contentLang: route?.contentLang ?? lang,
    t: useTranslations(lang),
    partners,
    legal,
  } satisfies App.Locals);
  return next();
});
