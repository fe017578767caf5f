import { parseFrontmatter } from 'astro/markdown';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { retitleOneArticle, writeSyntheticContent } from '../../bench/files.ts';
import { starlightFiles } from '../../bench/starlight-site.ts';
import { contentFiles, syntheticSite, type ContentFile } from '../../bench/synthetic-site.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { checkContentRules } from '../../src/lib/routing/content-rules.ts';
import { pageSchema } from '../../src/lib/content/page-schema.ts';
import { resolveRoutes } from '../../src/lib/routing/resolver.ts';
import type { SourceEntry } from '../../src/lib/routing/route.ts';

/** `files` read as the build reads them: frontmatter parsed as Astro does, then checked by our schema. */
function entriesOf(files: readonly ContentFile[]): SourceEntry[] {
  return files.map((file) => ({ id: file.path, data: pageSchema.parse(parseFrontmatter(file.text).frontmatter) }));
}

const frenchOnly = (files: readonly ContentFile[]) => {
  const english = new Set(entriesOf(files.filter((file) => file.path.startsWith('en/'))).map((entry) => entry.data.key));
  return entriesOf(files.filter((file) => file.path.startsWith('fr/'))).filter((entry) => !english.has(entry.data.key));
};

describe('syntheticSite, the benchmark content', () => {
  // What `npm run bench` builds, checked as a build checks it first: a benchmark that no longer builds fails here.
  it('is content the build accepts, data files included', async () => {
    const contentDir = '.cache/bench-smoke/content';
    writeSyntheticContent(contentDir, syntheticSite({ pages: 40, untranslatedShare: 0.2 }), 'content');
    const { problems, site } = await checkContent({ contentDir, publicDir: 'public' });
    expect(problems).toEqual([]);
    expect(site?.routes.length).toBeGreaterThan(40);
  });

  it.each([18, 100, 101, 500, 2000])('writes exactly %i files, each at its own path', (pages) => {
    const files = contentFiles(syntheticSite({ pages, untranslatedShare: 0.2 }));
    expect(files).toHaveLength(pages);
    expect(new Set(files.map((file) => file.path)).size).toBe(pages);
  });

  it.each([
    [100, 0.2],
    [101, 0.2],
    [500, 0.2],
    [500, 0],
    [500, 0.5],
  ])('leaves the requested share of %i files untranslated (%f), to within one file', (pages, share) => {
    const untranslated = frenchOnly(contentFiles(syntheticSite({ pages, untranslatedShare: share })));
    expect(Math.abs(untranslated.length - share * pages)).toBeLessThanOrEqual(1);
    expect(untranslated.every((entry) => entry.data.kind === 'news')).toBe(true);
  });

  it('spreads the untranslated articles among the others rather than bunching them at one end', () => {
    const untranslated = frenchOnly(contentFiles(syntheticSite({ pages: 500, untranslatedShare: 0.2 })));
    const numbers = untranslated.map((entry) => Number(entry.data.key.replace('news-', '')));
    expect(Math.min(...numbers)).toBeLessThan(10);
    expect(Math.max(...numbers)).toBeGreaterThan(290);
  });

  it('makes a site our resolver and content rules accept, with a fallback page per untranslated file', () => {
    const files = contentFiles(syntheticSite({ pages: 200, untranslatedShare: 0.2 }));
    const site = resolveRoutes(entriesOf(files));
    expect(() => checkContentRules(site)).not.toThrow();
    expect(site.routes.filter((route) => route.isFallback)).toHaveLength(40);
    expect(site.route('axis-5', 'en').url).toBe('/en/agreement/test-axis-5/');
    expect(site.routes.filter((route) => route.entry.data.nav !== undefined)).toHaveLength(6);
  });

  it('refuses sizes it cannot honour', () => {
    expect(() => syntheticSite({ pages: 17, untranslatedShare: 0.2 })).toThrow(RangeError);
    expect(() => syntheticSite({ pages: 100, untranslatedShare: 1.5 })).toThrow(RangeError);
    expect(() => syntheticSite({ pages: 100, untranslatedShare: Number.NaN })).toThrow(RangeError);
  });
});

describe('starlightFiles, the same content for Starlight', () => {
  const pages = syntheticSite({ pages: 100, untranslatedShare: 0.2 });
  const files = starlightFiles(pages);

  it('writes every page, each translation at its French original’s path', () => {
    expect(files).toHaveLength(pages.length);
    const french = new Set(files.filter((file) => file.path.startsWith('fr/')).map((file) => file.path.slice(3)));
    const english = files.filter((file) => file.path.startsWith('en/')).map((file) => file.path.slice(3));
    expect(english.length).toBeGreaterThan(0);
    expect(english.filter((path) => !french.has(path))).toEqual([]);
  });

  it('gives each page the same title, description and body as ours', () => {
    const ours = new Map(contentFiles(pages).map((file) => [parseFrontmatter(file.text).frontmatter['title'], file]));
    for (const file of files) {
      const { frontmatter, content } = parseFrontmatter(file.text);
      expect(Object.keys(frontmatter)).toEqual(['title', 'description']);
      const our = parseFrontmatter(ours.get(frontmatter['title'])?.text ?? '');
      expect(frontmatter['description']).toBe(our.frontmatter['description']);
      expect(content).toBe(our.content);
    }
  });
});

describe('retitleOneArticle, the bench’s change before its rebuild', () => {
  // 18 files is the skeleton alone, with no article: the smoke run of the bench uses that size.
  it.each([18, 40])('changes the title of exactly one English page of %i files, differently for each run', (size) => {
    const contentDir = `.cache/bench-retitle/${size}`;
    const pages = syntheticSite({ pages: size, untranslatedShare: 0.2 });
    writeSyntheticContent(contentDir, pages, 'content');
    const before = contentFiles(pages);
    const titles = () => before.map((file) => parseFrontmatter(readFileSync(join(contentDir, file.path), 'utf8')).frontmatter['title']);
    const original = titles();
    retitleOneArticle(contentDir, pages, 1);
    const first = titles();
    retitleOneArticle(contentDir, pages, 2);
    const changed = (now: unknown[]) => before.filter((_, index) => now[index] !== original[index]).map((file) => file.path);
    expect(changed(first)).toHaveLength(1);
    expect(changed(first)[0]).toMatch(/^en\//);
    expect(changed(titles())).toEqual(changed(first));
    expect(titles()).not.toEqual(first);
  });
});
