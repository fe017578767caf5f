import { filesBelow } from '../../files-below.ts';
import { ContentError, type ContentProblem } from '../content-error.ts';
import { checkContentRules } from '../content-rules.ts';
import { readContent, type ContentPage } from '../read-content.ts';
import { resolveRoutes, type Site } from '../../routing/routes.ts';
import { locales } from '../../../i18n/locales.ts';
import { feedOf } from '../../seo/feeds.ts';
import { entryFacts } from '../../translations/original.ts';
import { checkLinks, type LinkTarget, type SiteAddresses } from './links.ts';
import { readMdx } from './mdx.ts';
import { checkTopics } from './topics.ts';

/** Where the content check looks. */
export interface CheckOptions {
  /** The content folder, from the project root. */
  contentDir: string;
  /** Files served as they are (`public/`), which content may link to. */
  publicDir: string;
  /** Pages of `src/pages/` with a fixed address (the chooser, the sitemap…), which content may link to. */
  pagesDir: string;
}

/**
 * Every mistake an editor can make in the content folder, each tied to its
 * file and, where there is one, its line and field; empty when the content
 * can be built and published as it is. The build runs it first.
 */
export async function checkContent(options: CheckOptions): Promise<ContentProblem[]> {
  const { pages, problems } = readContent(options.contentDir);
  const reports = await Promise.all(pages.map(async (page) => ({ page, ...(await readMdx(page, options.contentDir)) })));
  problems.push(...reports.flatMap((report) => report.problems), ...checkTopics(pages, options.contentDir));
  // A page that could not be read would make the checks across pages report
  // consequences instead of causes: those wait for the next run.
  if (problems.length === 0) {
    const site = checkSite(pages, problems);
    if (site) {
      const anchors = new Map(reports.map((report) => [report.page.id, report.anchors]));
      const addresses = siteAddresses(site, anchors, options);
      for (const { page, links } of reports) {
        const linking = { file: page.filePath, lang: entryFacts(page).lang, anchors: anchors.get(page.id) ?? new Set<string>() };
        problems.push(...checkLinks(linking, links, addresses));
      }
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/**
 * What links may lead to: every page in every language (fallbacks too, with
 * the anchors of the text they show), the news feeds, the fixed pages and
 * the files of `public/`.
 */
function siteAddresses(site: Site<ContentPage>, anchors: ReadonlyMap<string, ReadonlySet<string>>, options: CheckOptions): SiteAddresses {
  const pages = new Map<string, LinkTarget>(
    site.routes.map((route) => [
      route.url,
      {
        lang: route.lang,
        anchors: anchors.get(route.entry.id) ?? new Set<string>(),
        translationIn: (lang) => {
          const other = site.route(route.key, lang);
          return other.isFallback ? undefined : other.url;
        },
      },
    ]),
  );
  const feeds = locales.flatMap((lang) => feedOf(site, lang)?.url ?? []);
  const urls = new Set([...pages.keys(), ...feeds, ...fixedPageUrls(options.pagesDir), ...publicUrls(options.publicDir)]);
  return { urls, pages };
}

/** Resolves the published pages (drafts left out) and checks the rules across pages. */
function checkSite(pages: ContentPage[], problems: ContentProblem[]): Site<ContentPage> | undefined {
  try {
    const site = resolveRoutes(pages.filter((page) => !page.data.draft));
    checkContentRules(site);
    return site;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const problem of error.problems) {
      const page = pages.find((candidate) => candidate.filePath === problem.file);
      const line = problem.field && page ? page.parsed.lineOf(problem.field.split('.')) : undefined;
      problems.push({ ...problem, line });
    }
    return undefined;
  }
}

/** `public/favicon.svg` is served at `/favicon.svg`. */
function publicUrls(publicDir: string): string[] {
  return filesBelow(publicDir).map((file) => `/${file}`);
}

/**
 * `src/pages/index.astro` is `/`, `translations.astro` is `/translations/`, `sitemap.xml.ts` is `/sitemap.xml`.
 * `404.astro` has no address of its own: it is served for addresses the site does not have.
 */
function fixedPageUrls(pagesDir: string): string[] {
  return filesBelow(pagesDir)
    .filter((file) => !file.includes('[') && !/^404\./.test(file))
    .map((file) => {
      const path = file.replace(/\.(astro|ts|md|mdx)$/, '');
      if (/\.\w+$/.test(path)) return `/${path}`;
      return `/${path.replace(/(^|\/)index$/, '')}/`.replace(/^\/\/$/, '/');
    });
}
