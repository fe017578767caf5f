import { useTranslations } from '../../i18n/index.ts';
import { languageMarker } from '../../i18n/language-marker.ts';
import { otherLocales, type Locale } from '../../i18n/locales.ts';
import type { SearchMessages } from './results.ts';

/**
 * The strings the search script shows, taken from the i18n resources at
 * build time and handed to the page, so the browser never loads i18next.
 * Counts keep their `{{count}}` placeholder: only the browser knows them.
 */
export function searchMessages(lang: Locale): SearchMessages {
  const t = useTranslations(lang);
  return {
    searching: t('search.searching'),
    failed: t('search.failed'),
    count: {
      none: t('search.count.none'),
      one: t('search.count.one', { skipInterpolation: true }),
      other: t('search.count.other', { skipInterpolation: true }),
    },
    markers: Object.fromEntries(otherLocales(lang).map((other) => [other, languageMarker(lang, other)])),
  };
}
