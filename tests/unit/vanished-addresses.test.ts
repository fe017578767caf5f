import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { editorTranslations } from '../../src/i18n/editor/index.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { readPublishedAddresses } from '../../src/lib/check/published-addresses.ts';
import { describeProblems } from '../../src/lib/content/content-error.ts';
import { sitemapXml } from '../../src/lib/seo/sitemap.ts';

/*
 * The build's content check keeps every address the site published last:
 * on a copy of the fixture content, published as it is (its sitemap, as CI
 * fetches it from the live site), an editor corrects a topic's label or
 * deletes a page; the check then names the address that would vanish and
 * the line to add to redirections.yaml, and passes once it is added.
 */

const contentDir = '.cache/check/vanished-addresses';
const sitemapFile = `${contentDir}.sitemap.xml`;
const options = { publicDir: 'public', contentDir };
const fr = editorTranslations('fr');

function published(): string[] {
  return readPublishedAddresses(sitemapFile, '/');
}

beforeEach(async () => {
  rmSync(contentDir, { recursive: true, force: true });
  cpSync('tests/fixtures/content', contentDir, { recursive: true });
  const { site, problems } = await checkContent(options);
  expect(problems).toEqual([]);
  writeFileSync(sitemapFile, sitemapXml([...site!.routes, ...site!.listRoutes], new URL('https://example.org')));
});

describe('an address the site published last', () => {
  it('is kept: the published content itself has nothing to add', async () => {
    expect((await checkContent({ ...options, published: published() })).problems).toEqual([]);
  });

  it('vanishes when a topic’s label is corrected: the message names the line to add, and the check passes once it is', async () => {
    const tags = `${contentDir}/tags.yaml`;
    writeFileSync(tags, readFileSync(tags, 'utf8').replace('fr: Essai,', 'fr: Essais,'));
    const { problems } = await checkContent({ ...options, published: published() });
    // The fixture's redirection to the topic's feed now leads nowhere either: that is reported too.
    expect(problems.map((problem) => [problem.code, problem.params?.to])).toEqual([
      ['address-vanished', undefined],
      ['redirect-target-missing', '/fr/actualites/sujets/essai/rss.xml'],
    ]);
    expect(problems[0]).toEqual({
      file: `${contentDir}/redirections.yaml`,
      line: undefined,
      field: undefined,
      code: 'address-vanished',
      params: {
        address: '/fr/actualites/sujets/essai/',
        line: '- { from: /fr/actualites/sujets/essai/, to: /fr/actualites/sujets/essais/ }',
      },
    });
    expect(describeProblems(problems, fr)).toContain(
      'L’adresse /fr/actualites/sujets/essai/ était publiée sur le site en ligne, et plus aucune page ne s’y trouve',
    );
    const redirections = `${contentDir}/redirections.yaml`;
    writeFileSync(redirections, readFileSync(redirections, 'utf8').replace('sujets/essai/rss.xml', 'sujets/essais/rss.xml'));
    appendFileSync(redirections, `${String(problems[0]!.params!.line)}\n`);
    expect((await checkContent({ ...options, published: published() })).problems).toEqual([]);
  });

  it('vanishes when a page is deleted, with the lists it alone filled, until redirected', async () => {
    // The fixture's one article of 2024: its page goes, and so do the lists of 2024 in both languages.
    rmSync(`${contentDir}/en/news/english-article.mdx`);
    const { problems } = await checkContent({ ...options, published: published() });
    const vanished = problems.filter((problem) => problem.code === 'address-vanished').map((problem) => problem.params!.line);
    expect(vanished).toEqual([
      '- { from: /en/news/2024/, to: /en/news/ }',
      '- { from: /en/news/english-article/, to: /en/news/ }',
      '- { from: /fr/actualites/2024/, to: /fr/actualites/ }',
    ]);
    appendFileSync(`${contentDir}/redirections.yaml`, `${vanished.join('\n')}\n`);
    expect((await checkContent({ ...options, published: published() })).problems).toEqual([]);
  });
});
