import { intlTag, isLocale, langChange, type Locale } from '../../i18n/locales.ts';
import { CONTENT_LANG_META } from './indexing.ts';

/*
 * What the search page shows, from what Pagefind finds. Pure functions, so
 * the browser script (src/client/search.ts) stays a thin layer over the DOM.
 */

/** The interface strings the search script needs, in the reader's language (see messages.ts). */
export interface SearchMessages {
  searching: string;
  failed: string;
  /** The number of results; `one` and `other` hold a `{{count}}` placeholder. */
  count: { none: string; one: string; other: string };
  /** What follows the title of a result in another language, by that language: "(in French)". */
  markers: Partial<Record<Locale, string>>;
}

/** What Pagefind gives for one result (`await result.data()`), as far as the page uses it. */
export interface PagefindResultData {
  /** The page's URL, with the base path. */
  url: string;
  /** Text around the words found, each wrapped in `<mark>`; the rest is plain text, not HTML. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** A stretch of an excerpt, highlighted where it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** One result as the page shows it: a link to the page, and an excerpt. */
export interface ResultLink {
  url: string;
  title: string;
  /** The result's language where it differs from the reader's, for `lang` and `hreflang`. */
  lang: Locale | undefined;
  /** "(in French)" where the result is in another language. */
  marker: string | undefined;
  excerpt: ExcerptPart[];
}

/**
 * The link shown for a result to readers of `readerLang`. A fallback page is
 * indexed in the reader's language but written in another: it is marked
 * with that language, as lists mark it (ContentLink.astro).
 */
export function resultLink(data: PagefindResultData, readerLang: Locale, messages: SearchMessages): ResultLink {
  const recorded = data.meta[CONTENT_LANG_META] ?? '';
  const lang = langChange(isLocale(recorded) ? recorded : readerLang, readerLang);
  return {
    url: data.url,
    title: data.meta['title'] || data.url,
    lang,
    marker: lang && messages.markers[lang],
    excerpt: excerptParts(data.excerpt),
  };
}

/**
 * Splits a Pagefind excerpt on its `<mark>` tags. Pagefind inserts those
 * tags into the page's text without escaping it, so the excerpt must never
 * be parsed as HTML: each part is rendered as text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = /^<mark>(.*)<\/mark>$/.exec(part);
      return marked ? { text: marked[1] ?? '', marked: true } : { text: part, marked: false };
    });
}

/** "3 results.", in the reader's language; the languages of the site have a singular and a plural. */
export function countMessage(count: number, readerLang: Locale, messages: SearchMessages): string {
  if (count === 0) return messages.count.none;
  const tag = intlTag(readerLang);
  const template = new Intl.PluralRules(tag).select(count) === 'one' ? messages.count.one : messages.count.other;
  return template.replaceAll('{{count}}', new Intl.NumberFormat(tag).format(count));
}
