import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { MdxCache, READINGS_FOLDER } from '../../src/lib/check/mdx-cache.ts';
import { readMdx, type MdxReadings, type MdxReport, type MdxText } from '../../src/lib/check/mdx.ts';
import { readContent, type ContentPage } from '../../src/lib/content/read-content.ts';

/*
 * The content check's cache of its readings of pages' text
 * (src/lib/check/mdx-cache.ts): what it gives back is what reading gives,
 * for the fixture pages and every page-level mistake; anything a reading
 * depends on misses; a cache that cannot be read or written only means
 * reading again.
 */

const workDir = '.cache/mdx-cache';
/** Astro's cache folder, as the check is given it, and the readings' folder in it. */
const astroCacheDir = join(workDir, 'astro-cache');
const cacheDir = join(astroCacheDir, READINGS_FOLDER);
const readingsFile = join(cacheDir, 'readings.json');
const CODE = 'code-id-of-these-tests';

/** The content folders whose pages are read: the fixture content, and each mistake's pages (read as a folder of their own). */
const folders = [
  'tests/fixtures/content',
  ...readdirSync('tests/fixtures/mistakes').map((name) => join('tests/fixtures/mistakes', name)),
].filter((folder) => readContent(folder).pages.length > 0);

/** Readings through `cache`, counting those it could not give and had to read. */
function counting(cache: MdxCache): MdxReadings & { read: number; save: () => Promise<void> } {
  const readings = {
    read: 0,
    save: () => cache.save(),
    reading: (page: ContentPage, contentDir: string, read: () => Promise<MdxText>) =>
      cache.reading(page, contentDir, () => {
        readings.read += 1;
        return read();
      }),
  };
  return readings;
}

/** Reads `page` as the check does, through a cache opened on `cacheDir` and saved after; says whether its text was read. */
async function throughCache(page: ContentPage, contentDir: string, code = CODE): Promise<{ report: MdxReport; read: boolean }> {
  const cache = counting((await MdxCache.open(cacheDir, code))!);
  const report = await readMdx(page, contentDir, cache);
  await cache.save();
  return { report, read: cache.read > 0 };
}

const firstPage = () => readContent('tests/fixtures/content').pages[0]!;
const withBody = (page: ContentPage, body: string, bodyLine = page.parsed.bodyLine): ContentPage => ({
  ...page,
  parsed: { ...page.parsed, body, bodyLine },
});

beforeEach(() => rmSync(workDir, { recursive: true, force: true }));

describe('the content check’s cache of readings', () => {
  it('gives back exactly the report reading gives, for the fixture pages and the mistakes', async () => {
    expect(folders.length).toBeGreaterThan(30);
    const pages = folders.flatMap((contentDir) => readContent(contentDir).pages.map((page) => ({ page, contentDir })));
    const fresh = await Promise.all(pages.map(({ page, contentDir }) => readMdx(page, contentDir)));
    expect(fresh.filter((report) => report.problems.length > 0).length).toBeGreaterThan(20);
    expect(fresh.filter((report) => report.anchors.size > 0).length).toBeGreaterThan(0);
    const cold = counting((await MdxCache.open(cacheDir, CODE))!);
    const readCold = await Promise.all(pages.map(({ page, contentDir }) => readMdx(page, contentDir, cold)));
    await cold.save();
    expect(cold.read).toBe(pages.length);
    const warm = counting((await MdxCache.open(cacheDir, CODE))!);
    const readWarm = await Promise.all(pages.map(({ page, contentDir }) => readMdx(page, contentDir, warm)));
    expect(warm.read).toBe(0);
    expect(readCold).toStrictEqual(fresh);
    expect(readWarm).toStrictEqual(fresh);
  });

  it('reads the page again when its text, the line it starts on, its file or the code changed', async () => {
    const page = firstPage();
    const contentDir = 'tests/fixtures/content';
    expect((await throughCache(page, contentDir)).read).toBe(true);
    expect((await throughCache(page, contentDir)).read).toBe(false);
    const changed = [
      withBody(page, `${page.parsed.body}\nUne phrase de plus.\n`),
      withBody(page, page.parsed.body, page.parsed.bodyLine + 1),
      { ...page, id: page.id.replace(/\.mdx$/, '.md'), filePath: page.filePath.replace(/\.mdx$/, '.md') },
    ];
    for (const other of changed) expect((await throughCache(other, contentDir)).read).toBe(true);
    expect((await throughCache(page, contentDir, 'another-code-id')).read).toBe(true);
  });

  it('reports what the changed text says, not what was kept', async () => {
    const page = firstPage();
    const contentDir = 'tests/fixtures/content';
    await throughCache(page, contentDir);
    const { report } = await throughCache(withBody(page, `${page.parsed.body}\n<script>alert(1)</script>\n`), contentDir);
    expect(report.problems.map((problem) => problem.code)).toContain('tag-forbidden');
  });

  it('reads the pages again when the file is not JSON, or a reading in it is not one', async () => {
    const page = firstPage();
    const contentDir = 'tests/fixtures/content';
    const { report } = await throughCache(page, contentDir);
    writeFileSync(readingsFile, readFileSync(readingsFile, 'utf8').slice(0, 40));
    expect(await throughCache(page, contentDir)).toStrictEqual({ report, read: true });
    const kept = JSON.parse(readFileSync(readingsFile, 'utf8')) as Record<string, { anchors: unknown }>;
    for (const reading of Object.values(kept)) reading.anchors = 'not a list';
    writeFileSync(readingsFile, JSON.stringify(kept));
    expect(await throughCache(page, contentDir)).toStrictEqual({ report, read: true });
  });

  it('keeps only the readings of the last run', async () => {
    const page = firstPage();
    const contentDir = 'tests/fixtures/content';
    await throughCache(page, contentDir);
    await throughCache(withBody(page, `${page.parsed.body}\nUne phrase de plus.\n`), contentDir);
    expect(Object.keys(JSON.parse(readFileSync(readingsFile, 'utf8')) as object)).toHaveLength(1);
  });

  it('lets the check run as without a cache when the cache folder cannot be written', async () => {
    mkdirSync(astroCacheDir, { recursive: true });
    // A file where the folder should be: nothing can be written under it.
    writeFileSync(cacheDir, 'not a folder');
    const options = { contentDir: 'tests/fixtures/content', publicDir: 'public' };
    const uncached = await checkContent(options);
    const cached = await checkContent({ ...options, cacheDir: astroCacheDir });
    expect(cached.problems).toStrictEqual(uncached.problems);
    expect(cached.site?.routes.length).toBe(uncached.site?.routes.length);
  });

  it('looks for the images next to a page on every run, its reading kept or not', async () => {
    const contentDir = join(workDir, 'content');
    cpSync('tests/fixtures/content', contentDir, { recursive: true });
    const options = { contentDir, publicDir: 'public', cacheDir: astroCacheDir };
    expect((await checkContent(options)).problems).toEqual([]);
    expect(existsSync(readingsFile)).toBe(true);
    rmSync(join(contentDir, 'fr/accord/quai.png'));
    expect((await checkContent(options)).problems).toStrictEqual([
      expect.objectContaining({ code: 'image-file-missing', file: join(contentDir, 'fr/accord/premier-axe.mdx') }),
    ]);
  });
});
