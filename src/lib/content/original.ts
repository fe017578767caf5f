import { locales, sourceLocale, type Locale } from '../../i18n/locales.ts';

/** What deciding the original needs to know of one version of a page. */
export interface VersionFacts {
  lang: Locale;
  /** The version says it is a translation (its `translated` field is set). */
  isTranslation: boolean;
}

/**
 * Of the language versions of one page (those sharing a key), the one the
 * others are translated from and fall back to: the one that is not a
 * translation, preferably in the source language; when every version says
 * it is a translation (a mistake the content check reports), the
 * source-language version, else the first in the site's language order.
 * The one place that decides it: the routes, the translation status and
 * the editors' commands all agree.
 */
export function originalOf<V>(versions: Iterable<V>, factsOf: (version: V) => VersionFacts): V | undefined {
  const candidates = [...versions]
    .map((version) => ({ version, ...factsOf(version) }))
    .sort((a, b) => locales.indexOf(a.lang) - locales.indexOf(b.lang));
  const originals = candidates.filter((candidate) => !candidate.isTranslation);
  const chosen =
    originals.find((candidate) => candidate.lang === sourceLocale) ??
    originals[0] ??
    candidates.find((candidate) => candidate.lang === sourceLocale) ??
    candidates[0];
  return chosen?.version;
}
