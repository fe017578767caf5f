import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { filesBelow } from '../files-below.ts';
import { ContentError, internalError, type ContentProblem } from '../content/content-error.ts';
import { legalPublication, type LegalPublication } from '../content/legal-facts.ts';
import { readContent, type ContentPage } from '../content/read-content.ts';
import { publishedSite, type PublishOptions } from '../routing/published-site.ts';
import { isListPage } from '../routing/news-lists.ts';
import { languageOf } from '../routing/versions.ts';
import type { Site } from '../routing/site-index.ts';
import { checkContacts } from './contacts.ts';
import { checkDataFiles, legalFactsIn, readDataFiles, redirectionsIn, topicsIn, type DataFiles } from './data-files.ts';
import { checkImages, isImageFile } from './images.ts';
import { checkLinks, checkUnsafeLinks, type LinkTarget, type SiteAddresses } from './links.ts';
import { readMdx, type MdxReadings, type MdxReport } from './mdx.ts';
import { MdxCache, READINGS_FOLDER } from './mdx-cache.ts';
import { checkRedirections, vanishedAddresses } from './redirections.ts';
import { checkTopics } from './topics.ts';
import { dataFilePath } from '../content/data-file-names.ts';
import type { Redirection } from '../content/redirection-schema.ts';

/** Where the content check looks. */
export interface CheckOptions {
  /** The content folder, from the project root. */
  contentDir: string;
  /** Files served as they are (`public/`), which content may link to. */
  publicDir: string;
  /** The path the site is published under (`/` by default): the routes' URLs start with it. */
  base?: string | undefined;
  /**
   * The addresses the site published last, from the root without the base
   * path (see published-addresses.ts): each must still lead to a page,
   * itself or through content/redirections.yaml. None: nothing to keep.
   */
  published?: readonly string[] | undefined;
  /**
   * Astro's cache folder, where the check keeps its readings of the pages'
   * text between runs (mdx-cache.ts, in its own folder there); none, every page is read.
   */
  cacheDir?: string | undefined;
}

/** What the check found, and, for content without problems, the site it resolved. */
export interface ContentCheck {
  /** Every problem, by file and line; empty when the content can be built and published as it is. */
  problems: ContentProblem[];
  /** Every page that could be read, drafts included. */
  pages: ContentPage[];
  /**
   * The published site, resolved once: the build renders this very result
   * (src/integrations/site-module.ts). Absent while the content has problems.
   */
  site: Site<ContentPage> | undefined;
  /** The legal pages content/legal.yaml lets through, and those waiting for facts. */
  legal: LegalPublication;
  /** The data files, as read (the web editor's forms list their partners and topics). */
  dataFiles: DataFiles;
  /** The old addresses of redirections.yaml and the pages they lead to, which the build writes for each host. */
  redirections: readonly Redirection[];
}

/**
 * Every mistake an editor can make in the content folder, each tied to its
 * file and, where there is one, its line and field. The build runs it first.
 */
export async function checkContent(options: CheckOptions): Promise<ContentCheck> {
  const { pages, problems } = readContent(options.contentDir);
  const dataFiles = readDataFiles(options.contentDir);
  const legal = legalPublicationIn(dataFiles, pages);
  const readings = options.cacheDir ? await MdxCache.open(join(options.cacheDir, READINGS_FOLDER)) : undefined;
  const reports = await Promise.all(pages.map(async (page) => ({ page, ...(await readMdxGuarded(page, options.contentDir, readings)) })));
  await readings?.save();
  problems.push(...reports.flatMap((report) => report.problems), ...checkTopics(pages, dataFiles));
  // A page that could not be read would make the checks across pages report
  // consequences instead of causes: those wait for the next run.
  const site =
    problems.length === 0
      ? checkSite(pages, problems, { base: options.base, withheld: legal.withheld, topics: topicsIn(dataFiles) })
      : undefined;
  let live: ReadonlySet<string> | undefined;
  if (site) {
    const anchors = new Map(reports.map((report) => [report.page.id, report.anchors]));
    const addresses = siteAddresses(site, anchors, options.publicDir);
    live = addresses.urls;
    for (const { page, links } of reports) {
      const linking = { file: page.filePath, lang: languageOf(page), anchors: anchors.get(page.id) ?? new Set<string>() };
      problems.push(...checkLinks(linking, links, addresses));
    }
  } else {
    // Until the site can be resolved, links cannot be followed; unsafe ones are reported at once.
    for (const { page, links } of reports) problems.push(...checkUnsafeLinks(page.filePath, links));
  }
  const dataProblems = checkDataFiles(dataFiles);
  // Contact blocks name partners: a partners.yaml with mistakes would make them look wrong too.
  problems.push(...dataProblems, ...(dataProblems.length === 0 ? checkContacts(reports, dataFiles) : []));
  // Which addresses the site has depends on the data files too (a topic's list): they come first.
  if (live && dataProblems.length === 0) problems.push(...redirectionProblems(dataFiles, live, options.published ?? []));
  problems.push(...missingPageImages(pages, options.contentDir), ...(await checkImages(imagesOf(options.contentDir, reports, dataFiles))));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return {
    problems,
    pages,
    site: problems.length === 0 ? site : undefined,
    legal,
    dataFiles,
    redirections: redirectionsIn(dataFiles) ?? [],
  };
}

/** The mistakes of redirections.yaml, and the published addresses nothing keeps; none to tell while the file cannot be read. */
function redirectionProblems(dataFiles: DataFiles, live: ReadonlySet<string>, published: readonly string[]): ContentProblem[] {
  const redirections = redirectionsIn(dataFiles);
  if (!redirections) return [];
  const file = dataFiles.redirectionsFile;
  return [...checkRedirections(redirections, live, file), ...vanishedAddresses(published, live, redirections, file)];
}

/** A check that could not run: its fault as its one problem, and nothing to publish. */
export function failedCheck(error: unknown, contentDir: string): ContentCheck {
  const dataFiles: DataFiles = {
    partnersFile: dataFilePath(contentDir, 'partners'),
    partners: undefined,
    tagsFile: dataFilePath(contentDir, 'tags'),
    tags: undefined,
    corridor: undefined,
    legal: undefined,
    redirectionsFile: dataFilePath(contentDir, 'redirections'),
    redirections: undefined,
  };
  const legal = legalPublication({}, [], []);
  return { problems: [internalError(error, contentDir)], pages: [], site: undefined, legal, dataFiles, redirections: [] };
}

/** What legal.yaml lets through of `pages`; while it or partners.yaml has mistakes, every fact counts as missing. */
export function legalPublicationIn(dataFiles: DataFiles, pages: readonly ContentPage[]): LegalPublication {
  const { facts, partners } = legalFactsIn(dataFiles);
  return legalPublication(facts, partners, pages);
}

/** A page's text read, or, when reading it fails unexpectedly, that failure as its one problem. */
async function readMdxGuarded(page: ContentPage, contentDir: string, readings: MdxReadings | undefined): Promise<MdxReport> {
  try {
    return await readMdx(page, contentDir, readings);
  } catch (error) {
    return { links: [], contacts: [], anchors: new Set(), problems: [internalError(error, page.filePath)] };
  }
}

/**
 * What links may lead to, as editors write them (from the root, without the
 * base path): every page in every language (fallbacks too, with the anchors
 * of the text they show), the news list pages, the fixed pages, the news feeds and the files of `public/`.
 */
function siteAddresses(site: Site<ContentPage>, anchors: ReadonlyMap<string, ReadonlySet<string>>, publicDir: string): SiteAddresses {
  const asWritten = (url: string) => `/${url.slice(site.fixedPages.chooser.length)}`;
  const pages = new Map<string, LinkTarget>(
    [...site.routes, ...site.listRoutes].map((route) => [
      asWritten(route.url),
      {
        lang: route.lang,
        // A news list page past the news page shows no introduction, so none of its anchors.
        anchors: (isListPage(route) ? undefined : anchors.get(route.entry.id)) ?? new Set<string>(),
        translationIn: (lang) => {
          const other = site.versionIn(route, lang);
          return other.isFallback ? undefined : asWritten(other.url);
        },
      },
    ]),
  );
  const { chooser, translationStatus, sitemap, robots, feeds } = site.fixedPages;
  const fixed = [chooser, translationStatus, sitemap, robots, ...feeds.map((feed) => feed.url)].map(asWritten);
  const urls = new Set([...pages.keys(), ...fixed, ...publicUrls(publicDir)]);
  return { urls, pages };
}

/** Resolves the published site and checks the rules across pages; its problems go to `problems`. */
function checkSite(pages: ContentPage[], problems: ContentProblem[], options: PublishOptions): Site<ContentPage> | undefined {
  try {
    return publishedSite(pages, options);
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

/**
 * Every image the build could publish from the content: each image file of
 * the content folder (a web editor's uploads included, wherever they are
 * put), and each one a page or partners.yaml names, wherever it lives.
 */
function imagesOf(contentDir: string, reports: readonly (MdxReport & { page: ContentPage })[], dataFiles: DataFiles): string[] {
  const stored = filesBelow(contentDir)
    .filter(isImageFile)
    .map((file) => join(contentDir, file));
  // Images next to the page (`./quai.png`, `../photos/quai.png`); addresses with a scheme or from the root are not files of the content.
  const nextToPages = reports.flatMap(({ page, links }) =>
    links
      .filter((link) => link.isImage && !/^[a-z][a-z0-9+.-]*:|^[\\/]/i.test(link.url.trim()))
      .map((link) => join(dirname(page.filePath), link.url.trim().replace(/[?#].*$/, ''))),
  );
  const ownImages = pageImages(
    reports.map(({ page }) => page),
    contentDir,
  )
    .filter((image) => image.inMedia)
    .map(({ path }) => path);
  return [...stored, ...nextToPages, ...ownImages, ...logosOf(dataFiles)];
}

/** A page's own image (`image` in its frontmatter): its file, from the page's folder, and whether it is in `media/` (see missingPageImages). */
interface PageImage {
  page: ContentPage;
  path: string;
  inMedia: boolean;
}

/** The files of the pages' own images, from each page's folder. */
function pageImages(pages: readonly ContentPage[], contentDir: string): PageImage[] {
  return pages.flatMap((page) => {
    // The content check reads the image's file as a path (page-schema.ts).
    const src = page.data.image as string | undefined;
    if (!src) return [];
    const path = join(dirname(page.filePath), src);
    const media = join(contentDir, 'media');
    const inside = relative(media, path);
    return [{ page, path, inMedia: inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) }];
  });
}

/**
 * A page's own image must be a file of the content's media/ folder, where
 * the web editor puts it and every language finds it (anywhere else, Astro
 * would read any file of the machine, and stop on it in English); it must
 * exist, and say what it shows; a description needs its image.
 */
function missingPageImages(pages: readonly ContentPage[], contentDir: string): ContentProblem[] {
  const images = pageImages(pages, contentDir);
  const at = (page: ContentPage) => ({ file: page.filePath, line: page.parsed.lineOf(['image']), field: 'image' });
  const outside = images
    .filter((image) => !image.inMedia)
    .map(({ page }): ContentProblem => ({ ...at(page), code: 'page-image-outside', params: { url: String(page.data.image) } }));
  const missing = images
    .filter(({ path, inMedia }) => inMedia && !existsSync(path))
    .map(({ page }): ContentProblem => ({ ...at(page), code: 'page-image-missing', params: { url: String(page.data.image) } }));
  const undescribed = pages
    .filter((page) => Boolean(page.data.image) !== Boolean(page.data.imageAlt))
    .map((page): ContentProblem => {
      const field = page.data.image ? 'image' : 'imageAlt';
      return {
        file: page.filePath,
        line: page.parsed.lineOf([field]),
        field,
        code: page.data.image ? 'page-image-alt' : 'page-image-alone',
      };
    });
  return [...outside, ...missing, ...undescribed];
}

/** The logo files partners.yaml names, from its folder. */
function logosOf(dataFiles: DataFiles): string[] {
  const partners = dataFiles.partners?.ok ? dataFiles.partners.yaml.data : undefined;
  if (!Array.isArray(partners)) return [];
  return partners.flatMap((partner: { logo?: { src?: unknown } } | null) => {
    const src = partner?.logo?.src;
    return typeof src === 'string' ? [join(dirname(dataFiles.partnersFile), src)] : [];
  });
}

/** `public/favicon.svg` is served at `/favicon.svg`. */
function publicUrls(publicDir: string): string[] {
  return filesBelow(publicDir).map((file) => `/${file}`);
}
