import { isListPage } from '../routing/news-lists.ts';
import type { Route } from '../routing/route.ts';

/** The Pagefind metadata field that records the language a page's content is written in. */
export const CONTENT_LANG_META = 'contentLang';

/**
 * The attributes of a page's content wrapper that put it in the search
 * index (Pagefind). Only that wrapper is indexed, not menus or footers; the
 * index a page goes to is its reader's language (`<html lang>`), and its
 * content language is recorded, so a fallback page is found by readers of
 * its language and shown as being in the other. The search page itself is
 * left out: its text is about searching, not a result; so are the news
 * list pages: their articles are found on their own pages, and page 2 of a
 * list would only repeat the news page's introduction.
 */
export function searchIndexAttributes(route: Route): Record<string, string> {
  if (route.entry.data.kind === 'search' || isListPage(route)) return {};
  return { 'data-pagefind-body': '', 'data-pagefind-meta': `${CONTENT_LANG_META}:${route.contentLang}` };
}
