import { useTranslations } from '../../i18n/index.ts';
import { languageMarker } from '../../i18n/language-marker.ts';
import type { LocalizedText } from '../content/localized-text.ts';
import type { Route } from '../routing/routes.ts';
import type { SharingCard } from './layout.ts';

/**
 * What a page's sharing card says: its title, marked like in lists when it
 * is in another language than the reader's, under the partners' names (as
 * the site's lockup shows them) and over the site's tagline, in the reader's
 * language.
 */
export function sharingCardOf(route: Route, partnerNames: readonly LocalizedText[]): SharingCard {
  const t = useTranslations(route.lang);
  return {
    lang: route.lang,
    title: route.entry.data.title,
    titleLang: route.contentLang,
    marker: languageMarker(route.lang, route.contentLang),
    lockup: partnerNames.map((name) => name[route.lang]).join(' · '),
    tagline: t('site.tagline'),
  };
}
