import type { Locale } from '../../i18n/locales.ts';
import type { SourceEntry } from '../content/page-schema.ts';
import type { NewsListPage } from './news-lists.ts';

export type { SourceEntry };

/** A link from a page to the same page in another language. */
export interface LanguageLink {
  lang: Locale;
  url: string;
  /** The other language has no translation: the link leads to a fallback page. */
  isFallback: boolean;
}

/** Where a translation comes from, and whether it still matches it. */
export interface TranslationSource {
  lang: Locale;
  /** The original's URL. */
  url: string;
  /** The original's text changed since the translation was last brought up to date. */
  isOutdated: boolean;
}

/** One `<link rel="alternate" hreflang>` of a page. */
export interface Alternate {
  hreflang: Locale | 'x-default';
  url: string;
}

/** One page of the built site, for readers of one language. */
export interface Route<E extends SourceEntry = SourceEntry> {
  /** Root-relative URL with the base path, always ending in `/`: `/en/agreement/energy-efficiency/`. */
  url: string;
  /** The URL after the base path, without its slashes: the `[...path]` parameter of `en/agreement/energy-efficiency`. */
  param: string;
  /** The page's own image for sharing (Open Graph), next to it: `/en/agreement/sharing-card.png`. */
  sharingCardUrl: string;
  /** The reader's language: `<html lang>`, navigation, notices. */
  lang: Locale;
  /** The language the entry is written in; differs from `lang` on fallback pages. */
  contentLang: Locale;
  /**
   * The translation key shared by every language version of the entry shown:
   * a news list page has the news page's, and says which list page it is in `newsList`.
   */
  key: string;
  /** The parent page's key, or `undefined` for a home page. */
  parentKey: string | undefined;
  entry: E;
  /** No translation exists in `lang`: the original is shown under a notice. */
  isFallback: boolean;
  /** The page search engines should index: the original for a fallback page. */
  canonicalUrl: string;
  /** Real translations only (with `x-default`); empty on fallback and single-language pages. */
  alternates: Alternate[];
  /** The same page in each other language; the language toggle renders these. */
  languageLinks: LanguageLink[];
  /** On a real translation: its original. */
  translationOf: TranslationSource | undefined;
  /** On the news page and every news list page: the list and the page of it shown (see news-lists.ts). */
  newsList?: NewsListPage | undefined;
}
