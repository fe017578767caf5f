import { appendFileSync, cpSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check/index.ts';
import { contentWithMistake, mistakes } from '../helpers/mistakes.ts';

const options = { publicDir: 'public', pagesDir: 'src/pages' };

describe('checkContent', () => {
  it('finds nothing wrong in the real content and in the fixture content', async () => {
    expect(await checkContent({ ...options, contentDir: 'content' })).toEqual([]);
    expect(await checkContent({ ...options, contentDir: 'tests/fixtures/content' })).toEqual([]);
  });

  for (const mistake of mistakes) {
    it(`reports ${mistake.name} with its file, line and a plain message`, async () => {
      const contentDir = contentWithMistake(mistake, 'check');
      const problems = await checkContent({ ...options, contentDir });
      expect(problems).toEqual([
        {
          file: `${contentDir}/${mistake.file}`,
          line: mistake.line,
          ...(mistake.field ? { field: mistake.field } : {}),
          message: expect.stringMatching(mistake.message),
        },
      ]);
    });
  }

  it('knows the fixed pages, but not the 404 page, which has no address of its own', async () => {
    const contentDir = '.cache/check/fixed-pages';
    rmSync(contentDir, { recursive: true, force: true });
    cpSync('tests/fixtures/content', contentDir, { recursive: true });
    appendFileSync(`${contentDir}/fr/index.mdx`, '\n[Plan du site](/sitemap.xml) et [page absente](/404/).\n');
    const problems = await checkContent({ ...options, contentDir });
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^No page is published at \/404\/:/)]);
  });
});
