/** Writing generated content and sizing build output, for the benchmark. */
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataFileNames } from '../src/lib/content/data-file-names.ts';
import { filesBelow } from '../src/lib/files-below.ts';
import { parse } from 'yaml';
import { contentFiles, topicsFile, withContactBlocks, type ContentFile, type SyntheticPage } from './synthetic-site.ts';

/**
 * Writes the synthetic site into `dir` as a content folder our build takes:
 * its pages, its topics, and the data files of the real content (`realDir`)
 * that pages need but the benchmark does not vary: the partners, which the
 * corridor map's places name, and the map itself. The contact page shows
 * each of those partners, as the content check asks.
 */
export function writeSyntheticContent(dir: string, pages: readonly SyntheticPage[], realDir: string): void {
  const partners = parse(readFileSync(join(realDir, dataFileNames.partners), 'utf8')) as { id: string }[];
  writeContent(dir, [
    ...contentFiles(
      withContactBlocks(
        pages,
        partners.map(({ id }) => id),
      ),
    ),
    topicsFile(),
  ]);
  for (const name of [dataFileNames.partners, dataFileNames.corridor]) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    cpSync(join(realDir, name), join(dir, name));
  }
}

/**
 * An editor's change between two builds: the first English article written
 * into `dir` (the first English page of a site too small to have one) gets a
 * new title, different for each `run`. A translation's own title is recorded
 * nowhere else, so exactly one page and its card change. `pathOf` says where
 * a site keeps a page's file (Starlight's differ from ours).
 *
 * @throws {Error} when `pages` has no English page.
 */
export function retitleOneArticle(
  dir: string,
  pages: readonly SyntheticPage[],
  run: number,
  pathOf: (page: SyntheticPage) => string = (page) => page.path,
): void {
  const english = pages.filter((page) => page.lang === 'en');
  const article = english.find((page) => page.kind === 'news') ?? english[0];
  if (!article) throw new Error('The synthetic site has no English page to retitle.');
  const path = join(dir, pathOf(article));
  const retitled = `title: ${JSON.stringify(`${article.title}, edited (${run})`)}`;
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, retitled));
}

/** Replaces everything in `dir` with `files`. */
export function writeContent(dir: string, files: readonly ContentFile[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

/** What a build wrote. */
export interface OutputSize {
  /** HTML files, one per built page. */
  htmlPages: number;
  htmlBytes: number;
  /** Every file: HTML, stylesheets, scripts, sitemap… */
  totalBytes: number;
}

/** Counts the HTML pages and bytes under `dir`. */
export function outputSize(dir: string): OutputSize {
  const size: OutputSize = { htmlPages: 0, htmlBytes: 0, totalBytes: 0 };
  for (const file of filesBelow(dir)) {
    const bytes = statSync(join(dir, file)).size;
    size.totalBytes += bytes;
    if (file.endsWith('.html')) {
      size.htmlPages += 1;
      size.htmlBytes += bytes;
    }
  }
  return size;
}
