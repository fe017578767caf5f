import { filesBelow } from '../../files-below.ts';
import { ContentError, type ContentProblem } from '../content-error.ts';
import { checkContentRules } from '../content-rules.ts';
import { readContent, type ContentPage } from '../read-content.ts';
import { resolveRoutes, type Site } from '../../routing/routes.ts';
import { checkLinks } from './links.ts';
import { readMdx } from './mdx.ts';

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
  const reports = await Promise.all(pages.map(async (page) => ({ page, ...(await readMdx(page)) })));
  problems.push(...reports.flatMap((report) => report.problems));
  // A page that could not be read would make the checks across pages report
  // consequences instead of causes: those wait for the next run.
  if (problems.length === 0) {
    const site = checkSite(pages, problems);
    if (site) {
      const knownUrls = new Set([
        ...site.routes.map((route) => route.url),
        ...fixedPageUrls(options.pagesDir),
        ...publicUrls(options.publicDir),
      ]);
      for (const report of reports) problems.push(...checkLinks(report.page.filePath, report.links, knownUrls));
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Resolves the published pages (drafts left out) and checks the rules across pages. */
function checkSite(pages: ContentPage[], problems: ContentProblem[]): Site | undefined {
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
