import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/check/index.ts';
import { pngSize } from '../helpers/png.ts';
import { test } from './shared-pages.ts';
import { readFacts } from './page-facts.ts';
import { builtFileOf, contentPagesOf, rootSites, tagOf, type BuiltSite } from './sites.ts';

/*
 * What search engines, feed readers and social networks read: titles and
 * descriptions, Open Graph and Twitter tags in the page's language,
 * structured data matching the visible page, feeds and robots.txt.
 */

const ogLocales: Record<string, string> = { fr: 'fr_FR', en: 'en_CA' };

/** The site's one name in `lang`: its partners' names, in their order, as content/partners.yaml gives them. */
function siteNameOf(site: BuiltSite, lang: string): string {
  const partners = parse(readFileSync(join(site.contentDir, 'partners.yaml'), 'utf8')) as { order: number; name: Record<string, string> }[];
  return [...partners]
    .sort((a, b) => a.order - b.order)
    .map((partner) => partner.name[lang])
    .join(' · ');
}

for (const site of rootSites) {
  test.describe(`${tagOf(site)} search engines and sharing`, () => {
    for (const url of contentPagesOf(site)) {
      test(`${url}: title, description, sharing tags and structured data`, async ({ readerPage: page, request }) => {
        await page.goto(url);
        const facts = await readFacts(page);
        const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
        const all = (selector: string) =>
          page.locator(selector).evaluateAll((elements) => elements.map((element) => element.getAttribute('content')));

        await test.step('title and description', async () => {
          // One name everywhere: the tab's title ends with it, and sharing tags give the same.
          const siteName = siteNameOf(site, facts.lang);
          expect(await page.title()).toMatch(new RegExp(` · ${siteName}$`));
          expect(await meta('meta[property="og:site_name"]')).toBe(siteName);
          const description = (await meta('meta[name="description"]')) ?? '';
          expect(description.length).toBeGreaterThanOrEqual(20);
          expect(description.length).toBeLessThanOrEqual(160);
          expect(await meta('meta[property="og:description"]')).toBe(description);
        });

        await test.step('Open Graph and Twitter, in the language of the shared text', async () => {
          expect(new URL((await meta('meta[property="og:url"]')) ?? '').pathname).toBe(facts.canonical);
          expect(await meta('meta[property="og:title"]')).toBe(facts.h1);
          expect(await meta('meta[property="og:locale"]')).toBe(ogLocales[facts.contentLang ?? '']);
          const translations = facts.alternates.filter(
            (alternate) => alternate.hreflang !== 'x-default' && alternate.hreflang !== facts.lang,
          );
          expect(await all('meta[property="og:locale:alternate"]')).toEqual(translations.map((alternate) => ogLocales[alternate.hreflang]));
          expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
        });

        await test.step('the sharing card: a 1200×630 PNG described by the title the page shows', async () => {
          const image = await request.get((await meta('meta[property="og:image"]')) ?? '');
          expect(image.status()).toBe(200);
          expect(image.headers()['content-type']).toBe('image/png');
          expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
          expect(await meta('meta[property="og:image:width"]')).toBe('1200');
          expect(await meta('meta[property="og:image:height"]')).toBe('630');
          // The tab's title without the site's name: the page's title, marked on a fallback page.
          const alt = (await meta('meta[property="og:image:alt"]')) ?? '';
          expect(alt.startsWith(facts.h1)).toBe(true);
          expect(await page.title()).toBe(`${alt} · ${siteNameOf(site, facts.lang)}`);
        });

        await test.step('structured data matches the visible page', async () => {
          const data = (await page
            .locator('script[type="application/ld+json"]')
            .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? '{}')))) as Record<string, unknown>[];
          const types = data.map((item) => item['@type']);
          const crumbs = await page.locator('nav[aria-label] ol li').evaluateAll((items) =>
            items.map((item) => ({
              name: (item.textContent ?? '').trim(),
              url: item.querySelector('a')?.getAttribute('href') ?? location.pathname,
            })),
          );
          if (crumbs.length === 0) {
            const cards = page.locator('[data-partner]');
            expect(types).toEqual(['Organization', 'Organization']);
            expect(data.map((item) => item['name'])).toEqual(await cards.locator('h3').allTextContents());
            expect(data.map((item) => item['url'])).toEqual(
              await cards.locator('a[rel="external"]').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
            );
            return;
          }
          const list = data.find((item) => item['@type'] === 'BreadcrumbList') as
            { itemListElement: { name: string; item: string; position: number }[] } | undefined;
          expect(list?.itemListElement.map((item) => ({ name: item.name, url: new URL(item.item).pathname }))).toEqual(crumbs);
          const article = data.find((item) => item['@type'] === 'NewsArticle');
          const dates = await page
            .locator('article header time')
            .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
          if (dates.length === 0) {
            expect(article).toBeUndefined();
            return;
          }
          expect(article).toMatchObject({
            headline: facts.h1,
            inLanguage: facts.contentLang,
            datePublished: dates[0],
            dateModified: dates.at(-1),
          });
        });

        await test.step('the page advertises its language’s news feed (a topic’s list, the topic’s)', async () => {
          const feeds = page.locator('link[rel="alternate"][type="application/rss+xml"]');
          await expect(feeds).toHaveCount(1);
          const href = new URL((await feeds.getAttribute('href')) ?? '').pathname;
          const topicList = /\/(?:sujets|topics)\/[a-z0-9-]+\/$/.test(url);
          expect(href).toBe(topicList ? `${url}rss.xml` : href);
          expect(href).toMatch(new RegExp(`^/${facts.lang}/[a-z-]+/(?:(?:sujets|topics)/[a-z0-9-]+/)?rss\\.xml$`));
          expect((await request.get(href)).status()).toBe(200);
        });
      });
    }

    test('each language has a news feed whose items lead to pages in that language', async ({ request, page }) => {
      for (const lang of ['fr', 'en']) {
        await page.goto(`/${lang}/`);
        const href = new URL((await page.locator('link[type="application/rss+xml"]').getAttribute('href')) ?? '').pathname;
        const xml = await (await request.get(href)).text();
        expect(xml).toContain(`<language>${lang === 'fr' ? 'fr-fr' : 'en-ca'}</language>`);
        // The feed is a request of its own, not a page: its title still speaks the reader's language.
        await page.goto(
          new URL(/<channel><title>[^<]*<\/title><description>[^<]*<\/description><link>([^<]+)<\/link>/.exec(xml)?.[1] ?? '').pathname,
        );
        expect(/<channel><title>([^<]*)<\/title>/.exec(xml)?.[1], 'the feed is titled as its news page').toBe(await page.title());
        const items = [...xml.matchAll(/<item>(.*?)<\/item>/g)].map((match) => match[1] ?? '');
        expect(items.length).toBeGreaterThan(0);
        for (const item of items) {
          const link = new URL(/<link>([^<]+)<\/link>/.exec(item)?.[1] ?? '').pathname;
          expect(link.startsWith(`/${lang}/`)).toBe(true);
          expect((await request.get(link)).status()).toBe(200);
          const itemLang = /<dc:language>(\w+)<\/dc:language>/.exec(item)?.[1];
          const marked = /\((in French|in English|en anglais|en français)\)<\/title>/.test(item);
          expect(marked, item).toBe(itemLang !== lang);
        }
      }
    });

    test('every page is shared with a card of its own, news list pages with their news page’s; a fallback page’s differs from its original’s', async () => {
      // Cards cost build time and bytes: the hundreds of list pages of ten years of news share the news page's.
      const { site: resolved } = await checkContent({ contentDir: site.contentDir, publicDir: 'public', base: site.basePath });
      for (const list of resolved?.listRoutes ?? []) {
        const newsPage = resolved?.route(list.parentKey ?? '', list.lang).url ?? '';
        expect(sharingCardOf(site, list.url), list.url).toBe(sharingCardOf(site, newsPage));
      }
      const listPages = new Set(resolved?.listRoutes.map((route) => route.url));
      const pages = contentPagesOf(site).filter((url) => !listPages.has(url));
      const cards = new Map(pages.map((url) => [url, sharingCardOf(site, url)]));
      expect(new Set(cards.values()).size).toBe(pages.length);
      for (const [url, card] of cards) {
        expect(pngSize(readFileSync(card)), `${card}, the card of ${url}`).toEqual({ width: 1200, height: 630 });
      }
      const fallbacks = pages.filter((url) => canonicalOf(site, url) !== url);
      expect(fallbacks.length).toBeGreaterThan(0);
      for (const url of fallbacks) {
        const original = cards.get(canonicalOf(site, url)) ?? '';
        expect(readFileSync(cards.get(url) ?? '').equals(readFileSync(original)), `${url} and its original`).toBe(false);
      }
    });

    test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
      const robots = await (await request.get('/robots.txt')).text();
      expect(robots).toMatch(/^User-agent: \*$/m);
      const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
      expect((await request.get(new URL(sitemap).pathname)).status()).toBe(200);
    });
  });
}

/** Reads one `<head>` URL of a built page, as a root-relative path. */
function headUrlOf(site: BuiltSite, url: string, pattern: RegExp): string {
  const html = readFileSync(builtFileOf(site, url), 'utf8');
  return new URL(pattern.exec(html)?.[1] ?? '', 'http://invalid/').pathname;
}

/** The file, in the build output, of the sharing card a built page names (`og:image`). */
function sharingCardOf(site: BuiltSite, url: string): string {
  const path = headUrlOf(site, url, /<meta property="og:image" content="([^"]+)"/);
  return join(site.outDir, path.slice(site.basePath.length));
}

function canonicalOf(site: BuiltSite, url: string): string {
  return headUrlOf(site, url, /<link rel="canonical" href="([^"]+)"/);
}
