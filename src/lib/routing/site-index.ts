import type { Locale } from '../../i18n/locales.ts';
import type { PageKind } from '../content/page-schema.ts';
import { fixedPagesOf, type FixedPages } from './fixed-pages.ts';
import { ALL_NEWS, isListPage, listIdText, type NewsListId } from './news-lists.ts';
import type { Route, SourceEntry } from './route.ts';

/** Every route of the site, with look-ups. */
export interface Site<E extends SourceEntry = SourceEntry> {
  /** The pages of the content files, in every language. */
  routes: readonly Route<E>[];
  /** The news list pages besides the news page: later pages, topics, years, axes (see news-lists.ts). */
  listRoutes: readonly Route<E>[];
  /** The pages that do not come from content files. */
  fixedPages: FixedPages;
  /** The route served at `url` (root-relative, with the base path), if a content page is. */
  routeAt(url: string): Route<E> | undefined;
  /** The routes for readers of `lang`, in URL order, so the home page first. */
  routesIn(lang: Locale): readonly Route<E>[];
  /** The routes of pages of `kind` for readers of `lang`, in URL order. */
  routesOfKind(kind: PageKind, lang: Locale): readonly Route<E>[];
  /** The content page of `key` for readers of `lang`; every key has one in every language. */
  route(key: string, lang: Locale): Route<E>;
  /** Page `page` (1 by default) of news list `listId` for readers of `lang`, if there is one. */
  newsList(listId: NewsListId, lang: Locale, page?: number): Route<E> | undefined;
  /** The same page as `route` for readers of `lang`: the same list page for a news list page. */
  versionIn(route: Route<E>, lang: Locale): Route<E>;
}

/**
 * The site with its look-ups indexed once: every page of a build asks for
 * them, and scanning every route on every page made build time grow with the
 * square of the page count. `allRoutes` are resolved ones, in URL order.
 */
export function siteOfRoutes<E extends SourceEntry>(allRoutes: readonly Route<E>[], base: string): Site<E> {
  const routes = allRoutes.filter((route) => !isListPage(route));
  const listRoutes = allRoutes.filter(isListPage);
  const byKey = indexByLang(routes, (route) => route.key);
  const byListPage = indexByLang(
    allRoutes.filter((route) => route.newsList),
    (route) => listPageText(route.newsList?.listId ?? ALL_NEWS, route.newsList?.page ?? 1),
  );
  const byUrl = new Map(allRoutes.map((route) => [route.url, route]));
  const byLang = Map.groupBy(routes, (route) => route.lang);
  const byKind = Map.groupBy(routes, (route) => `${route.lang} ${route.entry.data.kind}`);
  const newsIndexOf = (lang: Locale) => byKind.get(`${lang} news-index`)?.[0];
  const site: Site<E> = {
    routes,
    listRoutes,
    fixedPages: fixedPagesOf(base, newsIndexOf, listRoutes),
    routeAt: (url) => byUrl.get(url),
    routesIn: (lang) => byLang.get(lang) ?? [],
    routesOfKind: (kind, lang) => byKind.get(`${lang} ${kind}`) ?? [],
    route(key, lang) {
      const route = byKey.get(lang)?.get(key);
      if (!route) throw new Error(`No page has the key "${key}".`);
      return route;
    },
    newsList: (listId, lang, page = 1) => byListPage.get(lang)?.get(listPageText(listId, page)),
    versionIn(route, lang) {
      const list = route.newsList;
      const version = list && isListPage(route) ? site.newsList(list.listId, lang, list.page) : site.route(route.key, lang);
      if (!version) throw new Error(`The list page ${route.url} has no version in "${lang}".`);
      return version;
    },
  };
  return site;
}

/** The routes by language, then by `idOf` of each. */
function indexByLang<E extends SourceEntry>(
  routes: readonly Route<E>[],
  idOf: (route: Route<E>) => string,
): Map<Locale, Map<string, Route<E>>> {
  const index = new Map<Locale, Map<string, Route<E>>>();
  for (const route of routes) {
    const inLang = index.get(route.lang) ?? new Map<string, Route<E>>();
    inLang.set(idOf(route), route);
    index.set(route.lang, inLang);
  }
  return index;
}

/** A list page's place as text, for the index only. */
function listPageText(listId: NewsListId, page: number): string {
  return `${listIdText(listId)} page ${page}`;
}
