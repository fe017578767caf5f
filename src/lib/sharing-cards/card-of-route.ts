import { useTranslations } from '../../i18n/index.ts';
import { languageMarker } from '../../i18n/language-marker.ts';
import { locales, sourceLocale } from '../../i18n/locales.ts';
import type { LocalizedText } from '../content/localized-text.ts';
import { siteName } from '../content/site-name.ts';
import type { Route } from '../routing/route.ts';
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
    lockup: siteName(
      partnerNames.map((name) => ({ name })),
      route.lang,
    ),
    tagline: t('site.tagline'),
  };
}

/**
 * The card of the pages that speak both languages (the language chooser,
 * the 404 page): what the site is, in French then, lighter, in English, as
 * their title shows it, under the lockup in the source language.
 */
export function bilingualSharingCard(partnerNames: readonly LocalizedText[]): SharingCard {
  const [first, second] = locales.map((lang) => useTranslations(lang));
  return {
    lang: sourceLocale,
    title: first!('site.lockupTagline'),
    titleLang: sourceLocale,
    marker: second!('site.lockupTagline'),
    lockup: siteName(
      partnerNames.map((name) => ({ name })),
      sourceLocale,
    ),
    tagline: first!('site.tagline'),
  };
}
