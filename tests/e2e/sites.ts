import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../src/i18n/locales.ts';
import { legalPublicationIn } from '../../src/lib/check/index.ts';
import { readDataFiles, redirectionsIn, topicsIn } from '../../src/lib/check/data-files.ts';
import { readContent } from '../../src/lib/content/read-content.ts';
import { filesBelow } from '../../src/lib/files-below.ts';
import { publishedRoutes } from '../../src/lib/routing/published-site.ts';
import { redirectPageFile } from '../../src/lib/content/redirection-schema.ts';
import { siteSettings } from '../../src/lib/settings.ts';

/** A built site the end-to-end tests run against; `tests/e2e/build-sites.ts` (`npm run build:e2e`) builds them all. */
export interface BuiltSite {
  /** Project name in playwright.config.ts; tests are tagged `@<name>` so each project runs its own. */
  name: 'site' | 'fixture' | 'based' | 'published' | 'large';
  /** The content folder it is built from. */
  contentDir: string;
  port: number;
  outDir: string;
  /** The path it is published under: `/`, or a sub-path as on GitHub Pages. */
  basePath: string;
  /** The public origin it is built for, when that is not the one it is served at here (`publishedSite`). */
  siteUrl?: string;
  /** Built as outside any clone, with no repository named: its web editor has none to edit (admin-unconfigured.spec.ts). */
  withoutRepository?: true;
  /** The GitHub repository its web editor is built for (CMS_REPOSITORY): web-editor-github.spec.ts stands in for it. */
  cmsRepository?: string;
}

// Another checkout can run its tests at the same time on other ports.
const portBase = Number(process.env.E2E_PORT_BASE || 4400);

/**
 * On the content path (`npm run test:content`, scripts/test-content.sh), for
 * a push that changes only content: one site is built, the one published
 * (E2E_PUBLISHED_DIR), and the suites it runs check that one.
 */
const contentPath = process.env.E2E_CONTENT_PATH === '1';

export const sites: readonly BuiltSite[] = contentPath
  ? contentPathSite(process.env)
  : [
      {
        name: 'site',
        contentDir: 'content',
        port: portBase,
        outDir: 'dist-e2e/site',
        basePath: '/',
        cmsRepository: 'stand-in/partnership-site',
      },
      {
        name: 'fixture',
        contentDir: 'tests/fixtures/content',
        port: portBase + 1,
        outDir: 'dist-e2e/fixture',
        basePath: '/',
        withoutRepository: true,
      },
      // The real content published under a sub-path, to prove every URL carries it.
      { name: 'based', contentDir: 'content', port: portBase + 2, outDir: 'dist-e2e/based', basePath: '/partenariat/' },
      ...publishedSite(process.env),
    ];

/**
 * The large fixture (tests/e2e/large-fixture.ts writes its content folder
 * before it is built): a few hundred articles, for the news lists. Apart
 * from `sites`, so that the suites that visit every page of every site do
 * not visit its hundreds; large-fixture.spec.ts tests it.
 */
export const largeSite: BuiltSite = {
  name: 'large',
  contentDir: 'dist-e2e/large-content',
  port: portBase + 4,
  outDir: 'dist-e2e/large',
  basePath: '/',
};

/** Every site `npm run build:e2e` builds and the tests serve. */
export const builtSites: readonly BuiltSite[] = contentPath ? sites : [...sites, largeSite];

/**
 * In the deploy workflow, the site for its public address (SITE_URL,
 * BASE_PATH), built once into E2E_PUBLISHED_DIR with the others, tested by
 * every suite that does not follow its absolute URLs, then published as it is.
 */
function publishedSite(env: Record<string, string | undefined>): BuiltSite[] {
  if (!env.E2E_PUBLISHED_DIR) return [];
  const { siteUrl, basePath } = siteSettings(env);
  return [{ name: 'published', contentDir: 'content', port: portBase + 3, outDir: env.E2E_PUBLISHED_DIR, basePath, siteUrl }];
}

/** The published site alone, which the content path needs. */
function contentPathSite(env: Record<string, string | undefined>): BuiltSite[] {
  const published = publishedSite(env);
  if (published.length === 0) throw new Error('The content path (E2E_CONTENT_PATH=1) checks the site of E2E_PUBLISHED_DIR: set it.');
  return published;
}

/**
 * The sites published at the root for the origin they are served at, where
 * the suites that follow absolute URLs (languages, sharing) and the
 * accessibility and header suites run.
 */
export const rootSites = sites.filter((site) => site.basePath === '/' && !site.siteUrl);

/** The sites whose pages are weighed (budgets.spec.ts) and checked with axe (accessibility.spec.ts): the root sites; on the content path, the one it built. */
export const checkedSites = contentPath ? sites : rootSites;

/** The pages of `site` axe checks: one of each template; on the content path, those the push changed. */
export function axePagesOf(site: BuiltSite): string[] {
  return contentPath ? changedPagesOf(site, changedFiles(process.env)) : templatePagesOf(site);
}

/** The content files a push changed, from the project root, one a line in E2E_CHANGED_FILES (scripts/test-content.sh reads them from git). */
function changedFiles(env: Record<string, string | undefined>): string[] {
  return (env.E2E_CHANGED_FILES ?? '').split('\n').filter((file) => file.trim() !== '');
}

/**
 * The pages of `site` that show what changed in `files`, as the resolver
 * builds them: each page file's own addresses (its version, and the other
 * language's fallback to it); a data file or a picture may show on any
 * page, so then one page of each template. A deleted page has none.
 */
export function changedPagesOf(site: BuiltSite, files: readonly string[]): string[] {
  const pageFiles = new Set(files.filter((file) => /\.mdx?$/.test(file)));
  if (pageFiles.size < files.length) return templatePagesOf(site);
  const { pages } = readContent(site.contentDir);
  const dataFiles = readDataFiles(site.contentDir);
  const { withheld } = legalPublicationIn(dataFiles, pages);
  const { routes } = publishedRoutes(pages, { base: site.basePath, withheld, topics: topicsIn(dataFiles) });
  return routes.filter((route) => pageFiles.has(route.entry.filePath)).map((route) => route.url);
}

/** The origin a built site is served at (by tests/helpers/static-host.ts). */
export function originOf(site: BuiltSite): string {
  return `http://localhost:${site.port}`;
}

/** The origin a built site is built for: where it is served, but for the published site. */
export function siteUrlOf(site: BuiltSite): string {
  return site.siteUrl ?? originOf(site);
}

/** The tag in a test title that the site's project selects. */
export function tagOf(site: BuiltSite): string {
  return `@${site.name}`;
}

/** The web editor's folder in a built site: an app, not a page of the site (web-editor.spec.ts tests it). */
const WEB_EDITOR = 'admin/';

/**
 * Every HTML page of a built site, as the root-relative URL it is served at
 * (`/fr/accord/`), read from the build output itself. The 404 page has no
 * address of its own (it answers any missing one): not-found.spec.ts tests it.
 * The web editor is not a page of the site, nor are the redirect pages of its
 * old addresses (redirects.spec.ts tests them).
 */
export function pagesOf(site: BuiltSite): string[] {
  if (!existsSync(site.outDir)) {
    throw new Error(`${site.outDir} does not exist: run "npm run build:e2e" (npm test does) first.`);
  }
  const redirectPages = new Set((redirectionsIn(readDataFiles(site.contentDir)) ?? []).map(({ from }) => redirectPageFile(from)));
  return filesBelow(site.outDir)
    .filter((file) => (file === 'index.html' || file.endsWith('/index.html')) && !file.startsWith(WEB_EDITOR) && !redirectPages.has(file))
    .map((file) => {
      const folders = file.split('/').slice(0, -1);
      return folders.length === 0 ? site.basePath : `${site.basePath}${folders.join('/')}/`;
    })
    .sort();
}

/**
 * The news list pages of a site besides its news pages (later pages, topics,
 * years, axes), as the resolver gives them for its content
 * (src/lib/routing/news-lists.ts): each URL with its reader's language and
 * what it lists by (`all` for the later pages of the whole list).
 */
export function newsListsOf(site: BuiltSite): Map<string, { lang: Locale; by: string }> {
  const { pages } = readContent(site.contentDir);
  const dataFiles = readDataFiles(site.contentDir);
  const { withheld } = legalPublicationIn(dataFiles, pages);
  const { listRoutes } = publishedRoutes(pages, { base: site.basePath, withheld, topics: topicsIn(dataFiles) });
  return new Map(listRoutes.map((route) => [route.url, { lang: route.lang, by: route.newsList?.filter.by ?? 'all' }]));
}

/**
 * Every page whose template differs: all of pagesOf(), but of the news list
 * pages, which share one layout and differ only by the articles they list,
 * the first of each kind in each language. For the suites that check what a
 * template draws (axe, forced colours, focus, headers); every list page is
 * still served, valid and within budget in pages.spec.ts, html-validity.spec.ts,
 * budgets.spec.ts and large-fixture.spec.ts.
 */
export function templatePagesOf(site: BuiltSite): string[] {
  const lists = newsListsOf(site);
  const kindsSeen = new Set<string>();
  return pagesOf(site).filter((url) => {
    const list = lists.get(url);
    if (!list) return true;
    const kind = `${list.lang} ${list.by}`;
    if (kindsSeen.has(kind)) return false;
    kindsSeen.add(kind);
    return true;
  });
}

/**
 * The pages readers browse: every page but the language chooser at the root
 * and the team's pages that search engines are told to skip (`noindex`).
 */
export function contentPagesOf(site: BuiltSite): string[] {
  return pagesOf(site).filter((url) => url !== site.basePath && !isTeamPage(site, url));
}

/** The built file served at `url`. */
export function builtFileOf(site: BuiltSite, url: string): string {
  return join(site.outDir, url.slice(site.basePath.length), 'index.html');
}

/** A page for the editorial team (`noindex`), deliberately linked from nowhere. */
export function isTeamPage(site: BuiltSite, url: string): boolean {
  return readFileSync(builtFileOf(site, url), 'utf8').includes('<meta name="robots" content="noindex">');
}

/** The language a page is for, read from its URL; the chooser at the root is French first. */
export function languageOfUrl(url: string): string {
  return /^\/(?:[^/]+\/)?(fr|en)\//.exec(url)?.[1] ?? 'fr';
}
