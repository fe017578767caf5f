import { locales, otherLocales, type Locale } from '../../i18n/locales.ts';
import { ProblemList } from '../content/content-error.ts';
import { addressOf, parseContentPath, withoutExtension } from '../content/content-path.ts';
import type { PageKind, SourceEntry } from '../content/page-schema.ts';
import type { Tag } from '../content/tag-schema.ts';
import { isListPage, listKey, newsListRoutes, type NewsListPage } from './news-lists.ts';

export type { SourceEntry };
import { corridorMapUrls } from './map-urls.ts';
import type { MapLayout } from './map-urls.ts';
import { originalOf as chooseOriginal } from '../content/original.ts';

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
  /** The translation key shared by every language version of the page. */
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

/** How the resolver builds URLs. */
export interface RouteOptions {
  /** Path the site is published under, with both slashes: `/` (the default) or `/partenariat/`. */
  base?: string | undefined;
  /** The news topics (content/tags.yaml): each gets its list of articles. */
  topics?: readonly Tag[] | undefined;
}

/**
 * The addresses of the pages that do not come from a content file. Each is
 * root-relative, with the base path; templates and endpoints read them here
 * rather than writing them.
 */
export interface FixedPages {
  /** The bilingual language chooser: the base path itself. */
  chooser: string;
  /** The team's translation status page. */
  translationStatus: string;
  /** The web editor (Sveltia CMS, written by src/integrations/web-editor/): never indexed. */
  webEditor: string;
  /** What static hosts serve for an address the site does not have. */
  notFound: string;
  sitemap: string;
  robots: string;
  /** Files of `public/` that pages point to: the icon, and the image shown when a page without a card of its own is shared. */
  favicon: string;
  shareImage: string;
  /** Each language's news feed, next to its news page, then each topic's, next to its list. */
  feeds: readonly FeedAddress[];
  /** The corridor map's drawings (src/lib/map/), in each language: one per layout. */
  corridorMaps: Record<Locale, Record<MapLayout, string>>;
}

/** Where a language's news feed is published. */
export interface FeedAddress {
  lang: Locale;
  url: string;
  /** The `[...section]` parameter of its endpoint: the news page's `param`, or the topic list's. */
  param: string;
  /** The topic whose articles the feed lists; none for the feed of every article. */
  topic?: string | undefined;
}

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
  /** The route of `key` for readers of `lang`; every key has one in every language. */
  route(key: string, lang: Locale): Route<E>;
  /** Page `page` (1 by default) of news list `listId` (`topic:partenariats`) for readers of `lang`, if there is one. */
  newsList(listId: string, lang: Locale, page?: number): Route<E> | undefined;
}

/** What grouping the language versions of a page needs of an entry. */
export interface KeyedEntry {
  id: string;
  filePath?: string | undefined;
  data: { key: string; translated?: unknown };
}

interface Page<E extends KeyedEntry> {
  entry: E;
  file: string;
  lang: Locale;
  segments: string[];
  parentId: string | undefined;
}

/** The versions of one page, by language. */
type Versions<E extends KeyedEntry> = Map<Locale, Page<E>>;

/**
 * Decides every route of the site from the content entries: each page gets
 * a URL in every language, as a translation where one exists and as a
 * fallback (the original under a notice) where none does.
 *
 * @throws {ContentError} listing every problem found: an unusable file path,
 * a key used twice in one language, a missing parent page, two pages at the
 * same URL.
 */
export function resolveRoutes<E extends SourceEntry>(entries: readonly E[], options: RouteOptions = {}): Site<E> {
  const base = options.base ?? '/';
  const problems = new ProblemList();
  const pages = readPages(entries, problems);
  const versionsByKey = groupByKey(pages, problems);
  const parentKeys = linkParents(pages, versionsByKey, problems);
  problems.throwIfAny();

  const urls = new UrlResolver(versionsByKey, parentKeys, base);
  const routes = withNewsLists(
    [...versionsByKey].flatMap(([key, versions]) => routesOf(key, versions, urls, parentKeys)),
    options.topics ?? [],
  );
  checkUniqueUrls(routes, problems);
  problems.throwIfAny();

  routes.sort((a, b) => a.url.localeCompare(b.url));
  return siteOfRoutes(routes, base);
}

/** `routes` with the news pages given their list, and the other news list pages added. */
function withNewsLists<E extends SourceEntry>(routes: Route<E>[], topics: readonly Tag[]): Route<E>[] {
  const lists = newsListRoutes(routes, topics);
  const newsPages = new Map(lists.filter((route) => !isListPage(route)).map((route) => [route.url, route]));
  return [...routes.map((route) => newsPages.get(route.url) ?? route), ...lists.filter(isListPage)];
}

/** The file an entry comes from, as editors see it in messages. */
export function fileOf(entry: KeyedEntry): string {
  return entry.filePath ?? entry.id;
}

/**
 * The language versions of every page, by key then language: drafts
 * included, as the resolver reads them. For the translation status and the
 * editors' commands, which follow the versions of a key rather than routes.
 *
 * @throws {ContentError} on an unusable file path or a key used twice in one
 * language, which the content check reports first.
 */
export function versionsByKey<E extends KeyedEntry>(entries: readonly E[]): Map<string, Map<Locale, E>> {
  const problems = new ProblemList();
  const grouped = groupByKey(readPages(entries, problems), problems);
  problems.throwIfAny();
  return new Map([...grouped].map(([key, versions]) => [key, new Map([...versions].map(([lang, page]) => [lang, page.entry]))]));
}

/**
 * Of the versions of one key, the one the others are translated from and
 * fall back to (see content/original.ts), with its language; none when
 * `versions` is empty.
 */
export function originalVersion<E extends KeyedEntry>(versions: ReadonlyMap<Locale, E>): { lang: Locale; entry: E } | undefined {
  return chooseOriginal(
    [...versions].map(([lang, entry]) => ({ lang, entry })),
    versionFacts,
  );
}

/** The language a page is written in, for an entry the resolver has accepted. */
export function languageOf(entry: KeyedEntry): Locale {
  const result = parseContentPath(entry.id);
  if (!result.ok) throw new Error(`${entry.id} is not a page the resolver accepts.`);
  return result.path.lang;
}

function versionFacts(version: { lang: Locale; entry: KeyedEntry }) {
  return { lang: version.lang, isTranslation: Boolean(version.entry.data.translated) };
}

function readPages<E extends KeyedEntry>(entries: readonly E[], problems: ProblemList): Page<E>[] {
  return entries.flatMap((entry) => {
    const result = parseContentPath(entry.id);
    if (!result.ok) {
      problems.add(fileOf(entry), result.code, result.params);
      return [];
    }
    return [{ entry, file: fileOf(entry), ...result.path }];
  });
}

function groupByKey<E extends KeyedEntry>(pages: Page<E>[], problems: ProblemList): Map<string, Versions<E>> {
  const versionsByKey = new Map<string, Versions<E>>();
  for (const page of pages) {
    const key = page.entry.data.key;
    const versions = versionsByKey.get(key) ?? new Map<Locale, Page<E>>();
    const twin = versions.get(page.lang);
    if (twin) {
      problems.add(page.file, 'key-taken', { key, other: twin.file }, 'key');
      continue;
    }
    versions.set(page.lang, page);
    versionsByKey.set(key, versions);
  }
  return versionsByKey;
}

/**
 * Maps each key to its parent page's key. The parent is the `index` page of
 * the folder above; all versions of a page must sit under the same parent,
 * or their URLs could not be matched across languages.
 */
function linkParents<E extends SourceEntry>(
  pages: Page<E>[],
  versionsByKey: Map<string, Versions<E>>,
  problems: ProblemList,
): Map<string, string | undefined> {
  const pageById = new Map(pages.map((page) => [withoutExtension(page.entry.id), page]));
  const parentKeys = new Map<string, string | undefined>();
  for (const [key, versions] of versionsByKey) {
    for (const page of versions.values()) {
      const parent = page.parentId === undefined ? undefined : pageById.get(page.parentId);
      if (page.parentId !== undefined && !parent) {
        const contentRoot = page.file.slice(0, page.file.length - page.entry.id.length);
        problems.add(page.file, 'parent-missing', { parent: `${contentRoot}${page.parentId}.mdx` });
        continue;
      }
      const parentKey = parent?.entry.data.key;
      if (!parentKeys.has(key)) {
        parentKeys.set(key, parentKey);
      } else if (parentKeys.get(key) !== parentKey) {
        const original = originalOf(versions);
        problems.add(page.file, 'versions-apart', { other: original.file });
      }
    }
  }
  return parentKeys;
}

/** The version the others are translated from, and fall back to (see content/original.ts). */
function originalOf<E extends SourceEntry>(versions: Versions<E>): Page<E> {
  const original = chooseOriginal(versions.values(), versionFacts);
  if (!original) throw new Error('A key without any version cannot be grouped.');
  return original;
}

/** Computes the URL of every key in every language, translated or not. */
class UrlResolver<E extends SourceEntry> {
  private readonly versionsByKey: Map<string, Versions<E>>;
  private readonly parentKeys: Map<string, string | undefined>;
  /** The base path; also the language chooser's URL. */
  readonly base: string;

  constructor(versionsByKey: Map<string, Versions<E>>, parentKeys: Map<string, string | undefined>, base: string) {
    this.versionsByKey = versionsByKey;
    this.parentKeys = parentKeys;
    this.base = base;
  }

  /**
   * A translation lives at its own path. A missing one lives under the
   * reader's version of the parent page, with the original's last segment:
   * the French `/fr/actualites/renouvellement/` falls back at `/en/news/renouvellement/`.
   */
  urlOf(key: string, lang: Locale): string {
    const versions = this.versionsByKey.get(key);
    if (!versions) throw new Error(`Unknown key "${key}".`);
    const page = versions.get(lang);
    if (page) return this.pathUrl(lang, page.segments);
    const original = originalOf(versions);
    const parentKey = this.parentKeys.get(key);
    const slug = original.segments.at(-1);
    if (parentKey === undefined || slug === undefined) return this.pathUrl(lang, []);
    return `${this.urlOf(parentKey, lang)}${slug}/`;
  }

  private pathUrl(lang: Locale, segments: string[]): string {
    return addressOf({ lang, segments }, this.base);
  }
}

function routesOf<E extends SourceEntry>(
  key: string,
  versions: Versions<E>,
  urls: UrlResolver<E>,
  parentKeys: Map<string, string | undefined>,
): Route<E>[] {
  const original = originalOf(versions);
  const parentKey = parentKeys.get(key);
  const alternates = alternatesOf(key, versions, urls, parentKey === undefined);
  return locales.map((lang) => {
    const translation = versions.get(lang);
    const url = urls.urlOf(key, lang);
    const shown = translation ?? original;
    return {
      url,
      param: url.slice(urls.base.length, -1),
      sharingCardUrl: `${url}sharing-card.png`,
      lang,
      contentLang: shown.lang,
      key,
      parentKey,
      entry: shown.entry,
      isFallback: !translation,
      canonicalUrl: translation ? url : urls.urlOf(key, original.lang),
      alternates: translation ? alternates : [],
      languageLinks: otherLocales(lang).map((other) => ({
        lang: other,
        url: urls.urlOf(key, other),
        isFallback: !versions.has(other),
      })),
      translationOf: translation && sourceOf(key, translation, versions, urls),
    };
  });
}

/** The original a translation names in its `translated` field, if it exists. */
function sourceOf<E extends SourceEntry>(
  key: string,
  translation: Page<E>,
  versions: Versions<E>,
  urls: UrlResolver<E>,
): TranslationSource | undefined {
  const claim = translation.entry.data.translated;
  const original = claim && versions.get(claim.from);
  if (!claim || !original || original === translation) return undefined;
  const isOutdated = original.entry.fingerprint !== undefined && claim.version !== original.entry.fingerprint;
  return { lang: original.lang, url: urls.urlOf(key, original.lang), isOutdated };
}

/**
 * `hreflang` links name real translations only, the same set on each of them
 * so they are reciprocal. `x-default` is the language chooser for home pages
 * and the source-language version elsewhere.
 */
function alternatesOf<E extends SourceEntry>(key: string, versions: Versions<E>, urls: UrlResolver<E>, isHome: boolean): Alternate[] {
  const translated = locales.filter((lang) => versions.has(lang));
  if (translated.length < 2) return [];
  const alternates: Alternate[] = translated.map((lang) => ({ hreflang: lang, url: urls.urlOf(key, lang) }));
  alternates.push({ hreflang: 'x-default', url: isHome ? urls.base : urls.urlOf(key, originalOf(versions).lang) });
  return alternates;
}

function checkUniqueUrls(routes: Route[], problems: ProblemList): void {
  const byUrl = new Map<string, Route>();
  for (const route of routes) {
    const other = byUrl.get(route.url);
    if (!other) {
      byUrl.set(route.url, route);
      continue;
    }
    // Name the real page as the one in the way, and the other as the file to rename.
    const [first, second] = other.isFallback && !route.isFallback ? [route, other] : [other, route];
    const params = { url: route.url, other: fileOf(first.entry), lang: second.lang };
    problems.add(fileOf(second.entry), second.isFallback ? 'same-url-fallback' : 'same-url', params);
  }
}

/**
 * The site with its look-ups indexed once: every page of a build asks for
 * them, and scanning every route on every page made build time grow with the
 * square of the page count. `routes` are resolved ones, in URL order.
 */
export function siteOfRoutes<E extends SourceEntry>(allRoutes: readonly Route<E>[], base: string): Site<E> {
  const routes = allRoutes.filter((route) => !isListPage(route));
  const listRoutes = allRoutes.filter(isListPage);
  const byKeyAndLang = new Map(allRoutes.map((route) => [`${route.lang}:${route.key}`, route]));
  const byUrl = new Map(allRoutes.map((route) => [route.url, route]));
  const byLang = Map.groupBy(routes, (route) => route.lang);
  const byKind = Map.groupBy(routes, (route) => `${route.lang}:${route.entry.data.kind}`);
  const newsIndexOf = (lang: Locale) => byKind.get(`${lang}:news-index`)?.[0];
  return {
    routes,
    listRoutes,
    fixedPages: fixedPagesOf(base, newsIndexOf, listRoutes),
    routeAt(url) {
      return byUrl.get(url);
    },
    routesIn(lang) {
      return byLang.get(lang) ?? [];
    },
    routesOfKind(kind, lang) {
      return byKind.get(`${lang}:${kind}`) ?? [];
    },
    route(key, lang) {
      const route = byKeyAndLang.get(`${lang}:${key}`);
      if (!route) throw new Error(`No page has the key "${key}".`);
      return route;
    },
    newsList(listId, lang, page = 1) {
      const newsIndex = newsIndexOf(lang);
      return newsIndex && byKeyAndLang.get(`${lang}:${listKey(newsIndex.key, listId, page)}`);
    },
  };
}

/** Page `page` of the team's translation status: the first at its own address, the others below it (`/translations/2/`). */
export function translationStatusUrl(fixedPages: FixedPages, page: number): string {
  return page === 1 ? fixedPages.translationStatus : `${fixedPages.translationStatus}${page}/`;
}

/** The fixed pages' addresses; a feed sits next to its language's news page, or its topic's list. */
function fixedPagesOf(base: string, newsIndexOf: (lang: Locale) => Route | undefined, listRoutes: readonly Route[]): FixedPages {
  const feedOf = (route: Route, topic?: string): FeedAddress => ({
    lang: route.lang,
    url: `${route.url}rss.xml`,
    param: route.param,
    topic,
  });
  const feeds = locales.flatMap((lang) => {
    const newsIndex = newsIndexOf(lang);
    return newsIndex ? [feedOf(newsIndex)] : [];
  });
  for (const route of listRoutes) {
    const filter = route.newsList?.filter;
    if (filter?.by === 'topic' && route.newsList?.page === 1) feeds.push(feedOf(route, filter.topic));
  }
  return {
    chooser: base,
    translationStatus: `${base}translations/`,
    webEditor: `${base}admin/`,
    notFound: `${base}404.html`,
    sitemap: `${base}sitemap.xml`,
    robots: `${base}robots.txt`,
    favicon: `${base}favicon.svg`,
    shareImage: `${base}share.png`,
    feeds,
    corridorMaps: Object.fromEntries(locales.map((lang) => [lang, corridorMapUrls(lang, base)])) as FixedPages['corridorMaps'],
  };
}
