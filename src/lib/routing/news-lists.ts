import { locales, type Locale } from '../../i18n/locales.ts';
import type { PageData } from '../content/page-schema.ts';
import type { Tag } from '../content/tag-schema.ts';
import { topicAddress } from '../content/topic-address.ts';
import { pageCountOf, paginationOf, type Pagination } from './pagination.ts';
import type { Alternate, Route, SourceEntry } from './route.ts';

/*
 * The news lists: every article, each topic's, each year's and each axis's,
 * cut into pages. Page 1 of the whole list is the news page itself; every
 * other list page is a route of its own, under the news page of its
 * language, with the news page's entry (its title and introduction), its key and
 * its translation status, so a list page is a translation or a fallback exactly
 * when the news page is. Articles are listed in every language, translated
 * or not, in the same order, so page N of a list holds the same articles in
 * both languages and the language toggle leads from one to the other.
 */

/**
 * Articles per list page: four rows of three cards. A page must stay within
 * the 14 KB first round trip (tests/e2e/budgets.spec.ts, large-fixture.spec.ts):
 * with twelve the heaviest list page of the large fixture leaves room to spare.
 */
export const NEWS_PAGE_SIZE = 12;

/**
 * The words of list addresses in each language: `/fr/actualites/sujets/partenariats/page/2/`,
 * and of the pages listing the lists of a kind (`/fr/actualites/sujets/`). Parts
 * of URLs, never shown as text.
 */
const pathWords: Record<Locale, { page: string; topics: string; years: string; axes: string }> = {
  fr: { page: 'page', topics: 'sujets', years: 'annees', axes: 'axes' },
  en: { page: 'page', topics: 'topics', years: 'years', axes: 'axes' },
};

/**
 * The newest articles an axis page shows itself; its full list is a page
 * of its own only when it holds more, or the link to it would lead to
 * nothing new.
 */
export const AXIS_PAGE_NEWS = 3;

/** The kinds of news list a reader browses by, each with a page listing its lists: topic, year, axis. */
export type NewsListKind = 'topic' | 'year' | 'axis';

/**
 * Which list a page belongs to, the same in every language: every article,
 * a topic's (its id in tags.yaml), a year's or an axis's.
 */
export type NewsListId =
  { by: 'all' } | { by: 'topic'; topic: string } | { by: 'year'; year: number } | { by: 'axis'; axis: number } | ListIndexId;

/** The page listing the lists of one kind, with their counts: every topic, every year, every axis. */
export type ListIndexId = { by: 'index'; of: NewsListKind };

/** The list of every article, whose first page is the news page itself. */
export const ALL_NEWS: NewsListId = { by: 'all' };

/** Which articles a list holds, with what the reader's language shows of it: a list's id and more. */
export type NewsListFilter =
  | { by: 'all' }
  | { by: 'topic'; topic: string; label: string }
  | { by: 'year'; year: number }
  | { by: 'axis'; axis: number; axisKey: string }
  | ListIndexId;

/** Where a route sits in a news list, and what it shows of it. */
export interface NewsListPage extends Pagination {
  listId: NewsListId;
  filter: NewsListFilter;
  /** The keys of the articles on this page, newest first. */
  articleKeys: string[];
  /** How many articles the whole list holds, on all its pages. */
  articleCount: number;
}

/** Whether `a` and `b` name the same list (a filter names its list too). */
export function sameList(a: NewsListId, b: NewsListId): boolean {
  return listIdText(a) === listIdText(b);
}

/** A list id as text, for indexes only: `topic partenariats`. */
export function listIdText(id: NewsListId): string {
  switch (id.by) {
    case 'all':
      return 'all';
    case 'topic':
      return `topic ${id.topic}`;
    case 'year':
      return `year ${id.year}`;
    case 'axis':
      return `axis ${id.axis}`;
    case 'index':
      return `index ${id.of}`;
  }
}

/** Whether `route` is a list page the resolver made, rather than a content file's page. */
export function isListPage(route: Pick<Route, 'newsList'>): boolean {
  const list = route.newsList;
  return list !== undefined && (list.listId.by !== 'all' || list.page > 1);
}

interface ListSpec {
  listId: NewsListId;
  /** The list's filter for readers of each language (a topic's label differs). */
  filterIn: (lang: Locale) => NewsListFilter;
  /** The list's first page, after the news page's URL, in each language: `sujets/partenariats/`. */
  pathIn: (lang: Locale) => string;
  articleKeys: string[];
}

/** An article as the lists need it: its key and frontmatter. */
interface Article {
  key: string;
  data: Extract<PageData, { kind: 'news' }>;
}

/**
 * Every news list page, the news page itself included (given its
 * `newsList`), in every language. `routes` are the content routes, with the
 * news page in every language (the resolver gives every page one);
 * `topics` the topics of content/tags.yaml.
 */
export function newsListRoutes<E extends SourceEntry>(routes: readonly Route<E>[], topics: readonly Tag[]): Route<E>[] {
  const newsIndexes = new Map(routes.filter((route) => route.entry.data.kind === 'news-index').map((route) => [route.lang, route]));
  if (newsIndexes.size !== locales.length) return [];
  const articles = sortedArticles(routes.filter((route) => route.lang === locales[0]));
  const axes = routes.filter((route) => route.entry.data.kind === 'axis');
  const lists = [...topics.map((topic) => topicList(topic, articles)), ...yearLists(articles), ...axisLists(axes, articles)];
  const specs = [allList(articles), ...lists, ...listIndexes(lists, axes.length > 0 ? articles : [])];
  return specs.flatMap((spec) => listPages(spec, newsIndexes));
}

/**
 * The page above the lists of each kind, so that shortening a list's
 * address leads somewhere: every topic (`sujets/`), every year (`annees/`),
 * and, once an article names an axis, every axis (`axes/`) — axes whose
 * few articles their own page shows have no list, but are still counted
 * there. None for a kind without lists (`articlesOfAxes` is empty for a
 * site without axis pages).
 */
function listIndexes(lists: readonly ListSpec[], articlesOfAxes: readonly Article[]): ListSpec[] {
  const hasAxisNews = articlesOfAxes.some((article) => article.data.axes.length > 0);
  const kinds: { of: NewsListKind; word: 'topics' | 'years' | 'axes'; exists: boolean }[] = [
    { of: 'topic', word: 'topics', exists: lists.some((list) => list.listId.by === 'topic') },
    { of: 'year', word: 'years', exists: lists.some((list) => list.listId.by === 'year') },
    { of: 'axis', word: 'axes', exists: hasAxisNews },
  ];
  return kinds
    .filter((kind) => kind.exists)
    .map(({ of, word }) => ({
      listId: { by: 'index', of },
      filterIn: () => ({ by: 'index', of }),
      pathIn: (lang) => `${pathWords[lang][word]}/`,
      articleKeys: [],
    }));
}

/** The articles, newest first; on the same day by key, so every language lists them in the same order. */
function sortedArticles(routes: readonly Route[]): Article[] {
  const articles = routes.flatMap((route) => {
    const data: PageData = route.entry.data;
    return data.kind === 'news' ? [{ key: route.key, data }] : [];
  });
  return articles.sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.key.localeCompare(b.key));
}

function keysOf(articles: readonly Article[]): string[] {
  return articles.map((article) => article.key);
}

function allList(articles: readonly Article[]): ListSpec {
  return { listId: ALL_NEWS, filterIn: () => ({ by: 'all' }), pathIn: () => '', articleKeys: keysOf(articles) };
}

function topicList(topic: Tag, articles: readonly Article[]): ListSpec {
  return {
    listId: { by: 'topic', topic: topic.id },
    filterIn: (lang) => ({ by: 'topic', topic: topic.id, label: topic.label[lang] }),
    pathIn: (lang) => `${pathWords[lang].topics}/${topicAddress(topic.label[lang])}/`,
    articleKeys: keysOf(articles.filter((article) => article.data.tags.includes(topic.id))),
  };
}

/** A list per year that has articles, newest year first; years count in UTC, as dates are written. */
function yearLists(articles: readonly Article[]): ListSpec[] {
  const years = Map.groupBy(articles, (article) => article.data.published.getUTCFullYear());
  return [...years].map(([year, inYear]) => ({
    listId: { by: 'year', year },
    filterIn: () => ({ by: 'year', year }),
    pathIn: () => `${year}/`,
    articleKeys: keysOf(inYear),
  }));
}

/**
 * A list per axis that has more articles than its page shows (the axis page
 * links to it), at the axis page's own last segment in each language:
 * `axes/efficacite-energetique/`.
 */
function axisLists(axes: readonly Route[], articles: readonly Article[]): ListSpec[] {
  const slugOf = (key: string, lang: Locale) =>
    axes
      .find((route) => route.key === key && route.lang === lang)
      ?.url.split('/')
      .at(-2);
  return axes.flatMap((axisRoute) => {
    const data: PageData = axisRoute.entry.data;
    if (data.kind !== 'axis' || axisRoute.lang !== locales[0]) return [];
    const { axis } = data;
    const list: ListSpec = {
      listId: { by: 'axis', axis },
      filterIn: () => ({ by: 'axis', axis, axisKey: axisRoute.key }),
      pathIn: (lang) => `${pathWords[lang].axes}/${slugOf(axisRoute.key, lang) ?? axis}/`,
      articleKeys: keysOf(articles.filter((article) => article.data.axes.includes(axis))),
    };
    return list.articleKeys.length > AXIS_PAGE_NEWS ? [list] : [];
  });
}

/** The pages of one list in every language, each pointing at the matching page of the others. */
function listPages<E extends SourceEntry>(spec: ListSpec, newsIndexes: ReadonlyMap<Locale, Route<E>>): Route<E>[] {
  const pageCount = pageCountOf(spec.articleKeys.length, NEWS_PAGE_SIZE);
  const urlOf = (lang: Locale, page: number) => {
    const first = `${newsIndexOf(newsIndexes, lang).url}${spec.pathIn(lang)}`;
    return page === 1 ? first : `${first}${pathWords[lang].page}/${page}/`;
  };
  return Array.from({ length: pageCount }, (_, index) => index + 1).flatMap((page) =>
    locales.map((lang) => {
      const newsIndex = newsIndexOf(newsIndexes, lang);
      const url = urlOf(lang, page);
      const base = newsIndex.url.slice(0, newsIndex.url.length - newsIndex.param.length - 1);
      const newsList: NewsListPage = {
        listId: spec.listId,
        filter: spec.filterIn(lang),
        articleKeys: spec.articleKeys.slice((page - 1) * NEWS_PAGE_SIZE, page * NEWS_PAGE_SIZE),
        articleCount: spec.articleKeys.length,
        ...paginationOf(page, pageCount, (n) => urlOf(lang, n)),
      };
      const isOwnPage = spec.listId.by === 'all' && page === 1;
      if (isOwnPage) return { ...newsIndex, newsList };
      return {
        ...newsIndex,
        url,
        param: url.slice(base.length, -1),
        parentKey: newsIndex.key,
        canonicalUrl: newsIndex.isFallback ? urlOf(newsIndex.contentLang, page) : url,
        alternates: newsIndex.alternates.map((alternate) => matchingAlternate(alternate, newsIndexes, (lang) => urlOf(lang, page))),
        languageLinks: newsIndex.languageLinks.map((link) => ({ ...link, url: urlOf(link.lang, page) })),
        translationOf: newsIndex.translationOf && { ...newsIndex.translationOf, url: urlOf(newsIndex.translationOf.lang, page) },
        newsList,
      };
    }),
  );
}

function newsIndexOf<E extends SourceEntry>(newsIndexes: ReadonlyMap<Locale, Route<E>>, lang: Locale): Route<E> {
  const route = newsIndexes.get(lang);
  if (!route) throw new Error(`No news page for "${lang}".`);
  return route;
}

/** The news page's alternate `alternate`, moved to the same list page: `x-default` to the language it names. */
function matchingAlternate(alternate: Alternate, newsIndexes: ReadonlyMap<Locale, Route>, urlIn: (lang: Locale) => string): Alternate {
  const lang = locales.find((candidate) => newsIndexes.get(candidate)?.url === alternate.url);
  return { hreflang: alternate.hreflang, url: lang ? urlIn(lang) : alternate.url };
}
