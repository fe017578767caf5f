import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRedirections, likelyTarget, vanishedAddresses } from '../../src/lib/check/redirections.ts';
import { readPublishedAddresses } from '../../src/lib/check/published-addresses.ts';
import { redirectionListSchema, redirectPageFile } from '../../src/lib/content/redirection-schema.ts';
import { redirectPage, redirectsFile } from '../../src/lib/seo/redirects.ts';

const FILE = 'content/redirections.yaml';
const live = new Set([
  '/',
  '/fr/',
  '/fr/actualites/',
  '/fr/actualites/sujets/',
  '/fr/actualites/sujets/partenariats/',
  '/fr/accord/',
  '/en/',
]);
const line = (index: number) => index + 20;
const written = (...pairs: [string, string][]) => pairs.map(([from, to], index) => ({ from, to, line: line(index) }));

describe('redirections.yaml', () => {
  it('reads addresses as links are written, with the final slash of a folder added', () => {
    expect(redirectionListSchema.parse([{ from: ' /fr/ancienne-page', to: '/fr/accord/' }])).toEqual([
      { from: '/fr/ancienne-page/', to: '/fr/accord/' },
    ]);
    expect(redirectionListSchema.parse([{ from: '/fr/actualites/rss.xml', to: '/fr/accord' }])).toEqual([
      { from: '/fr/actualites/rss.xml', to: '/fr/accord/' },
    ]);
    for (const address of ['fr/accord/', 'https://example.org/fr/', '/fr/accord/#axes', '/fr/a b/']) {
      expect(redirectionListSchema.safeParse([{ from: address, to: '/fr/' }]).error?.issues[0]?.message, address).toBe('redirect-address');
    }
  });

  it('lets through a redirection from an old address to a page', () => {
    expect(checkRedirections(written(['/fr/ancienne-page/', '/fr/accord/']), live, FILE)).toEqual([]);
  });

  it('refuses a target that is no page, a page hidden by a redirection, an address redirected twice, and loops', () => {
    const problems = checkRedirections(
      written(
        ['/fr/ancienne/', '/fr/nulle-part/'],
        ['/fr/accord/', '/fr/'],
        ['/fr/ancienne/', '/fr/'],
        ['/fr/a/', '/fr/b/'],
        ['/fr/b/', '/fr/a/'],
        ['/fr/c/', '/fr/c/'],
      ),
      live,
      FILE,
    );
    expect(problems.map(({ code, line: at, field }) => [code, at, field])).toEqual([
      ['redirect-target-missing', line(0), 'to'],
      ['redirect-from-live', line(1), 'from'],
      ['redirect-duplicate', line(2), 'from'],
      ['redirect-loop', line(3), 'to'],
      ['redirect-loop', line(4), 'to'],
      ['redirect-loop', line(5), 'to'],
    ]);
  });
});

describe('addresses published last', () => {
  it('reports each address that leads nowhere now, on redirections.yaml, with the line to add', () => {
    const published = ['/fr/accord/', '/fr/actualites/sujets/partenariat/', '/fr/actualites/un-article-supprime/', '/fr/gardee/'];
    const problems = vanishedAddresses(published, live, written(['/fr/gardee/', '/fr/accord/']), FILE);
    expect(problems).toEqual([
      {
        file: FILE,
        line: undefined,
        field: undefined,
        code: 'address-vanished',
        params: {
          address: '/fr/actualites/sujets/partenariat/',
          line: '- { from: /fr/actualites/sujets/partenariat/, to: /fr/actualites/sujets/partenariats/ }',
        },
      },
      expect.objectContaining({
        params: {
          address: '/fr/actualites/un-article-supprime/',
          line: '- { from: /fr/actualites/un-article-supprime/, to: /fr/actualites/ }',
        },
      }),
    ]);
  });

  it('offers the renamed page beside it, else the nearest page above it, else the root', () => {
    expect(likelyTarget('/fr/actualites/sujets/partenariat/', live)).toBe('/fr/actualites/sujets/partenariats/');
    expect(likelyTarget('/fr/actualites/sujets/environnement/', live)).toBe('/fr/actualites/sujets/');
    expect(likelyTarget('/de/seite/', live)).toBe('/');
  });

  const folder = mkdtempSync(join(tmpdir(), 'published-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads them from a sitemap or a list, without the domain and the base path', () => {
    const sitemap = join(folder, 'sitemap.xml');
    writeFileSync(
      sitemap,
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<url><loc>https://example.org/partenariat/fr/accord/</loc></url>\n<url><loc>https://example.org/partenariat/en/news/?a=1&amp;b=2</loc></url>\n</urlset>\n',
    );
    expect(readPublishedAddresses(sitemap, '/partenariat/')).toEqual(['/fr/accord/', '/en/news/']);
    const list = join(folder, 'addresses.txt');
    writeFileSync(list, '# The addresses of the last deploy\n/fr/accord\n\nhttps://example.org/en/news/rss.xml\n');
    expect(readPublishedAddresses(list, '/')).toEqual(['/fr/accord/', '/en/news/rss.xml']);
  });
});

describe('what the build writes for each host', () => {
  const redirections = [
    { from: '/fr/ancienne-page/', to: '/fr/accord/' },
    { from: '/fr/actualites/sujets/partenariat/rss.xml', to: '/fr/actualites/rss.xml' },
  ];

  it('_redirects: one permanent redirect a line, under the base path', () => {
    expect(redirectsFile(redirections, '/partenariat/').split('\n').slice(1)).toEqual([
      '/partenariat/fr/ancienne-page/ /partenariat/fr/accord/ 301',
      '/partenariat/fr/actualites/sujets/partenariat/rss.xml /partenariat/fr/actualites/rss.xml 301',
      '',
    ]);
  });

  it('a redirect page for each old folder address, none for a file', () => {
    expect(redirectPageFile('/fr/ancienne-page/')).toBe('fr/ancienne-page/index.html');
    expect(redirectPageFile('/fr/actualites/sujets/partenariat/rss.xml')).toBeUndefined();
    const page = redirectPage(redirections[0]!, '/partenariat/', new URL('https://example.org'), 'en');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/partenariat/fr/accord/">');
    expect(page).toContain('<link rel="canonical" href="https://example.org/partenariat/fr/accord/">');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain(
      'This page has moved. Its new address: <a href="/partenariat/fr/accord/">https://example.org/partenariat/fr/accord/</a>',
    );
  });
});
