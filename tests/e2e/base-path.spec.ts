import { expect } from '@playwright/test';
import { checkContent } from '../../src/lib/check/index.ts';
import { test } from './shared-pages.ts';
import { pagesOf, sites, tagOf } from './sites.ts';

/*
 * The real content published under a sub-path (BASE_PATH), as on GitHub
 * Pages: every URL a page or the sitemap gives must stay under it.
 */
for (const site of sites.filter((candidate) => candidate.basePath !== '/')) {
  test.describe(`${tagOf(site)} base path`, () => {
    for (const url of pagesOf(site)) {
      test(`${url}: every link, asset, canonical and hreflang URL is under ${site.basePath}`, async ({ readerPage: page }) => {
        await page.goto(url);
        const urls = await page.evaluate(() => [
          ...[...document.querySelectorAll('[href], [src], [srcset]')].flatMap((element) =>
            ['href', 'src', 'srcset'].flatMap((name) => {
              const value = element.getAttribute(name);
              return value === null ? [] : value.split(',').map((candidate) => candidate.trim().split(' ')[0] ?? '');
            }),
          ),
          // Sharing tags and structured data carry URLs too.
          ...[...document.querySelectorAll('meta[property^="og:"][content^="http"]')].map((meta) => meta.getAttribute('content') ?? ''),
          ...[...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) =>
            [...(script.textContent ?? '').matchAll(/"(https?:[^"]+)"/g)].map((match) => match[1] ?? ''),
          ),
        ]);
        const origin = new URL(page.url()).origin;
        const local = urls
          .filter((value) => !value.startsWith('#') && !value.startsWith('tel:') && !value.startsWith('mailto:'))
          .map((value) => new URL(value, page.url()))
          .filter((target) => target.origin === origin);
        expect(local.length).toBeGreaterThan(0);
        for (const target of local) expect(target.pathname, `${target.href} on ${url}`).toMatch(new RegExp(`^${site.basePath}`));
      });
    }

    test('the sitemap lists URLs under the base path only', async ({ request }) => {
      const xml = await (await request.get(`${site.basePath}sitemap.xml`)).text();
      const urls = [...xml.matchAll(/(?:<loc>|href=")([^<"]+)/g)].map((match) => new URL(match[1] ?? '').pathname);
      expect(urls.length).toBeGreaterThan(0);
      for (const path of urls) expect(path).toMatch(new RegExp(`^${site.basePath}`));
    });

    test('feeds and robots.txt give URLs under the base path only', async ({ request }) => {
      const robots = await (await request.get(`${site.basePath}robots.txt`)).text();
      expect(new URL(/^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '').pathname).toBe(`${site.basePath}sitemap.xml`);
      for (const feed of ['fr/actualites/rss.xml', 'en/news/rss.xml']) {
        const xml = await (await request.get(`${site.basePath}${feed}`)).text();
        const links = [...xml.matchAll(/<(?:link|guid[^>]*)>([^<]+)</g)].map((match) => new URL(match[1] ?? '').pathname);
        expect(links.length).toBeGreaterThan(1);
        for (const path of links) expect(path).toMatch(new RegExp(`^${site.basePath}`));
      }
    });

    test('nothing is served outside the base path', async ({ request }) => {
      expect((await request.get('/fr/')).status()).toBe(404);
    });
  });
}

/*
 * The resolver names the address of every page that does not come from a
 * content file; the content check lets links lead there. Each is served.
 */
for (const site of sites) {
  test(`${tagOf(site)} every fixed address the resolver names is served`, async ({ request }) => {
    const { site: resolved, problems } = await checkContent({ contentDir: site.contentDir, publicDir: 'public', base: site.basePath });
    expect(problems).toEqual([]);
    const { feeds, corridorMaps, ...pages } = resolved?.fixedPages ?? {};
    const maps = Object.values(corridorMaps ?? {}).flatMap((layouts) => Object.values(layouts));
    const urls = [...Object.values(pages), ...(feeds ?? []).map((feed) => feed.url), ...maps];
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect((await request.get(url)).status(), url).toBe(200);
  });
}
