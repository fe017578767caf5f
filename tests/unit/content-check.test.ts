import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
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
});
