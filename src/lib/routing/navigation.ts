import { locales, type Locale } from '../../i18n/locales.ts';
import type { PageData, PageKind } from '../content/page-schema.ts';
import { isListPage } from './news-lists.ts';
import { fileOf } from './versions.ts';
import type { Route, SourceEntry } from './route.ts';
import type { Site } from './site-index.ts';

/*
 * Lists of routes that layouts render: menus, breadcrumbs, the axes, the news.
 * Every list is in the reader's language and includes fallback routes, so an
 * untranslated page is still listed (and marked as being in another language).
 */

/**
 * Each site's main menus, by language. Every page shows its language's menu,
 * so it is made once per site rather than by scanning every route on every
 * page, which made build time grow with the square of the page count.
 */
const mainMenus = new WeakMap<Site, Map<Locale, readonly Route[]>>();

/** The pages of the main navigation for readers of `lang`, in `nav.order`. */
export function mainNavigation(site: Site, lang: Locale): readonly Route[] {
  let menus = mainMenus.get(site);
  if (!menus) {
    menus = new Map();
    mainMenus.set(site, menus);
  }
  let menu = menus.get(lang);
  if (!menu) {
    menu = site
      .routesIn(lang)
      .filter((route) => route.entry.data.nav !== undefined)
      .sort((a, b) => (a.entry.data.nav?.order ?? 0) - (b.entry.data.nav?.order ?? 0));
    menus.set(lang, menu);
  }
  return menu;
}

/**
 * How a menu item is marked on a page: `page` on the item's own page, `true`
 * on a page below it (the reader is in its section: an axis under the
 * agreement, an article under the news), as `aria-current` says it.
 */
export type MenuMark = 'page' | 'true' | undefined;

/** The mark of the menu item `item` on `page`'s page (see `MenuMark`). */
export function menuMark(site: Site, item: Route, page: Route): MenuMark {
  // A news list page shares the news page's key, but is below it.
  if (item.key === page.key && !isListPage(page)) return 'page';
  return breadcrumbTrail(site, page).some((above) => above.key === item.key) ? 'true' : undefined;
}

/** The label of a page in menus: its `nav.label`, else its title. */
export function navigationLabel(route: Route): string {
  return route.entry.data.nav?.label ?? route.entry.data.title;
}

/** The pages above `route`, from the home page down, followed by `route` itself. */
export function breadcrumbTrail<E extends SourceEntry>(site: Site<E>, route: Route<E>): Route<E>[] {
  const trail = [route];
  for (let current = route; current.parentKey !== undefined;) {
    current = site.route(current.parentKey, route.lang);
    trail.unshift(current);
  }
  return trail;
}

/** The axis pages for readers of `lang`, by axis number. */
export function axisRoutes<E extends SourceEntry>(site: Site<E>, lang: Locale): Route<E>[] {
  return [...site.routesOfKind('axis', lang)].sort((a, b) => axisNumber(a) - axisNumber(b));
}

/** The axis number of an axis page (0 for any other page). */
export function axisNumber(route: Route): number {
  const data: PageData = route.entry.data;
  return data.kind === 'axis' ? data.axis : 0;
}

/** The news articles for readers of `lang`, newest first. */
export function newsRoutes<E extends SourceEntry>(site: Site<E>, lang: Locale): Route<E>[] {
  return [...site.routesOfKind('news', lang)].sort((a, b) => publishedTime(b) - publishedTime(a) || a.url.localeCompare(b.url));
}

/** The news articles about axis `axis` for readers of `lang`, newest first. */
export function newsAboutAxis<E extends SourceEntry>(site: Site<E>, lang: Locale, axis: number): Route<E>[] {
  return newsRoutes(site, lang).filter((route) => {
    const data: PageData = route.entry.data;
    return data.kind === 'news' && data.axes.includes(axis);
  });
}

/** The axis pages a news article is about (its `axes`), for readers of `lang`, by axis number. */
export function axesOfArticle<E extends SourceEntry>(site: Site<E>, lang: Locale, article: Route<E>): Route<E>[] {
  const data: PageData = article.entry.data;
  const numbers = data.kind === 'news' ? data.axes : [];
  return axisRoutes(site, lang).filter((route) => numbers.includes(axisNumber(route)));
}

/** The publication date of a news article (`undefined` for any other page). */
export function publishedDate(route: Route): Date | undefined {
  const data: PageData = route.entry.data;
  return data.kind === 'news' ? data.published : undefined;
}

/** When the page's content was last changed, where it says: a news article's update, else its publication. */
export function lastUpdated(route: Route): Date | undefined {
  const data: PageData = route.entry.data;
  return data.kind === 'news' ? (data.updated ?? data.published) : undefined;
}

function publishedTime(route: Route): number {
  return publishedDate(route)?.getTime() ?? 0;
}

/** The home page of each language that has one of its own, for the language chooser. */
export function homeRoutes<E extends SourceEntry>(site: Site<E>): Route<E>[] {
  return locales.flatMap((lang) => site.routesIn(lang).filter((route) => route.parentKey === undefined && !route.isFallback));
}

/**
 * The home page for readers of `lang` (a fallback if that language has none
 * of its own). Routes come in URL order, so the search stops at the first.
 */
export function homeRoute<E extends SourceEntry>(site: Site<E>, lang: Locale): Route<E> {
  const home = site.routesIn(lang).find((route) => route.parentKey === undefined);
  if (!home) throw new Error(`The site has no home page for "${lang}".`);
  return home;
}

/** The news page for readers of `lang`, if the site has one. */
export function newsIndexRoute<E extends SourceEntry>(site: Site<E>, lang: Locale): Route<E> | undefined {
  return site.routesOfKind('news-index', lang)[0];
}

/** The search page for readers of `lang`, if the site has one; the header links to it. */
export function searchRoute<E extends SourceEntry>(site: Site<E>, lang: Locale): Route<E> | undefined {
  return site.routesOfKind('search', lang)[0];
}

/**
 * The frontmatter of `route`'s page, which a layout expects to be of `kind`.
 *
 * @throws {Error} when the page is of another kind: a layout was chosen wrongly.
 */
export function dataOf<K extends PageKind>(route: Route, kind: K): Extract<PageData, { kind: K }> {
  const data: PageData = route.entry.data;
  if (data.kind !== kind) throw new Error(`${fileOf(route.entry)} is a "${data.kind}" page, not a "${kind}" page.`);
  // The check above is the narrowing TypeScript cannot do for a generic kind.
  return data as Extract<PageData, { kind: K }>;
}

/** The key of the contact page, where the accessibility statement sends readers to report a problem. */
export const CONTACT_KEY = 'contact';

/** The contact page for readers of `lang`, when the site has one. */
export function contactRoute<E extends SourceEntry>(site: Site<E>, lang: Locale): Route<E> | undefined {
  return site.routesIn(lang).find((route) => route.key === CONTACT_KEY);
}

/** The page of `kind` for readers of `lang` (the legal pages: one each), when it is published. */
export function routeOfKind<E extends SourceEntry>(site: Site<E>, kind: PageKind, lang: Locale): Route<E> | undefined {
  return site.routesOfKind(kind, lang)[0];
}

/** The kinds of news list a reader browses by: topic, year, axis. */
export type NewsListKind = 'topic' | 'year' | 'axis';

const newsListIndexes = new WeakMap<Site, Map<string, readonly Route[]>>();

/**
 * The first page of each news list of `by` for readers of `lang`: topics by
 * label, years newest first, axes by number. Made once per site, as menus are.
 */
export function newsListsBy<E extends SourceEntry>(site: Site<E>, lang: Locale, by: NewsListKind): readonly Route<E>[] {
  let indexes = newsListIndexes.get(site);
  if (!indexes) {
    indexes = new Map();
    newsListIndexes.set(site, indexes);
  }
  let lists = indexes.get(`${lang}:${by}`);
  if (!lists) {
    const firstPages = site.listRoutes.filter(
      (route) => route.lang === lang && route.newsList?.page === 1 && route.newsList.filter.by === by,
    );
    lists = firstPages.sort((a, b) => listOrder(a, b));
    indexes.set(`${lang}:${by}`, lists);
  }
  return lists as readonly Route<E>[];
}

function listOrder(a: Route, b: Route): number {
  const [x, y] = [a.newsList?.filter, b.newsList?.filter];
  if (x?.by === 'topic' && y?.by === 'topic') return x.label.localeCompare(y.label, a.lang);
  if (x?.by === 'year' && y?.by === 'year') return y.year - x.year;
  if (x?.by === 'axis' && y?.by === 'axis') return x.axis - y.axis;
  return 0;
}

/** The first page of the list of topic `topic` for readers of `lang`, if tags.yaml has that topic. */
export function topicRoute<E extends SourceEntry>(site: Site<E>, lang: Locale, topic: string): Route<E> | undefined {
  return site.newsList({ by: 'topic', topic }, lang);
}

/** The first page of the full list of news about axis `axis` for readers of `lang`. */
export function axisNewsRoute<E extends SourceEntry>(site: Site<E>, lang: Locale, axis: number): Route<E> | undefined {
  return site.newsList({ by: 'axis', axis }, lang);
}
