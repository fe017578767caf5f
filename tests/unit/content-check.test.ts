import { appendFileSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { isOnlyComments } from '../../src/lib/check/mdx.ts';

const options = { publicDir: 'public' };

// Each editor mistake (tests/helpers/mistakes.ts) runs through the real build: tests/build/editor-errors.test.ts.

describe('checkContent', () => {
  it('finds nothing wrong in the real content and in the fixture content', async () => {
    expect((await checkContent({ ...options, contentDir: 'content' })).problems).toEqual([]);
    expect((await checkContent({ ...options, contentDir: 'tests/fixtures/content' })).problems).toEqual([]);
  });

  it('says that tags.yaml has no topic yet, rather than list none, when an article names one', async () => {
    const contentDir = '.cache/check/no-topics';
    rmSync(contentDir, { recursive: true, force: true });
    cpSync('tests/fixtures/content', contentDir, { recursive: true });
    writeFileSync(`${contentDir}/tags.yaml`, '[]\n');
    const { problems } = await checkContent({ ...options, contentDir });
    expect(problems.map((problem) => problem.code)).toContain('unknown-tag-none');
    expect(problems.map((problem) => problem.code)).not.toContain('unknown-tag');
  });

  it.each(['/', '/partenariat/'])(
    'knows the fixed pages and the news feeds, but not the 404 page, which has no address of its own (base path %s)',
    async (base) => {
      const contentDir = '.cache/check/fixed-pages';
      rmSync(contentDir, { recursive: true, force: true });
      cpSync('tests/fixtures/content', contentDir, { recursive: true });
      appendFileSync(
        `${contentDir}/fr/index.mdx`,
        '\n[Accueil](/), [suivi](/translations/), [plan du site](/sitemap.xml), [robots](/robots.txt), ' +
          '[flux RSS](/fr/actualites/rss.xml), [news feed](/en/news/rss.xml) et [page absente](/404/).\n',
      );
      const { problems, site } = await checkContent({ ...options, contentDir, base });
      expect(problems).toEqual([expect.objectContaining({ params: expect.objectContaining({ path: '/404/' }) })]);
      expect(site).toBeUndefined();
    },
  );

  it('hands over the site it resolved, under the base path, once the content has no problem', async () => {
    const { problems, site } = await checkContent({ ...options, contentDir: 'tests/fixtures/content', base: '/partenariat/' });
    expect(problems).toEqual([]);
    expect(site?.routeAt('/partenariat/fr/')?.param).toBe('fr');
    expect(site?.fixedPages.chooser).toBe('/partenariat/');
  });

  it('lets notes in braces through, and no code hidden among them', () => {
    expect(isOnlyComments('/* Une note pour l’équipe. */')).toBe(true);
    expect(isOnlyComments(' /* a */ // b\n /* c */ ')).toBe(true);
    expect(isOnlyComments('/* a */ process.exit()')).toBe(false);
    // A line comment ends at the line's end, even if a block comment seems to open in it.
    expect(isOnlyComments('// /*\n alert(1) /* */')).toBe(false);
    expect(isOnlyComments('/* not closed')).toBe(false);
    expect(isOnlyComments('"/*" + x + "*/"')).toBe(false);
  });
});
