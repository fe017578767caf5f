import { locales, otherLocales, type Locale } from '../../i18n/locales.ts';
import { ProblemList } from '../content/content-error.ts';
import { addressOf, withoutExtension } from '../content/content-path.ts';
import type { Tag } from '../content/tag-schema.ts';
import { isListPage, newsListRoutes } from './news-lists.ts';
import type { Alternate, Route, SourceEntry, TranslationSource } from './route.ts';
import { siteOfRoutes, type Site } from './site-index.ts';
import { fileOf, groupByKey, originalOf, readPages, type VersionPage, type Versions } from './versions.ts';

/** How the resolver builds URLs. */
export interface RouteOptions {
  /** Path the site is published under, with both slashes: `/` (the default) or `/partenariat/`. */
  base?: string | undefined;
  /** The news topics (content/tags.yaml): each gets its list of articles. */
  topics?: readonly Tag[] | undefined;
}

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

/**
 * Maps each key to its parent page's key. The parent is the `index` page of
 * the folder above; all versions of a page must sit under the same parent,
 * or their URLs could not be matched across languages.
 */
function linkParents<E extends SourceEntry>(
  pages: VersionPage<E>[],
  versionsByKey: Map<string, Versions<E>>,
  problems: ProblemList,
): Map<string, string | undefined> {
  const pageById = new Map(pages.map((page) => [withoutExtension(page.entry.id), page]));
  const parentKeys = new Map<string, string | undefined>();
  for (const [key, versions] of versionsByKey) {
    // The version that set the key's parent, to name it, and its parent, when another version's differs.
    let first: { page: VersionPage<E>; parent: VersionPage<E> | undefined } | undefined;
    for (const page of versions.values()) {
      const parent = page.parentId === undefined ? undefined : pageById.get(page.parentId);
      if (page.parentId !== undefined && !parent) {
        const contentRoot = page.file.slice(0, page.file.length - page.entry.id.length);
        problems.add(page.file, 'parent-missing', { parent: `${contentRoot}${page.parentId}.mdx` });
        continue;
      }
      const parentKey = parent?.entry.data.key;
      if (!first) {
        first = { page, parent };
        parentKeys.set(key, parentKey);
      } else if (parentKeys.get(key) !== parentKey) {
        // Both parents are named: the mistake may be in either page's folder, or in either parent's key.
        problems.add(page.file, 'versions-apart', {
          other: first.page.file,
          parent: parent?.file ?? '–',
          otherParent: first.parent?.file ?? '–',
        });
      }
    }
  }
  return parentKeys;
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
  translation: VersionPage<E>,
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
