import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import type { Locale } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { newsRoutes } from '../../src/lib/routing/navigation.ts';
import { colorSchemes, violationsOn } from './axe.ts';
import { LARGE_ARTICLES } from './large-fixture.ts';
import { criticalBytes, FIRST_ROUND_TRIP_BYTES, weighPages } from './page-weight.ts';
import { test } from './shared-pages.ts';
import { builtFileOf, largeSite, newsListsOf, originOf, pagesOf, tagOf } from './sites.ts';

/*
 * The news lists of the large fixture (tests/e2e/large-fixture.ts): a few
 * hundred articles over ten years, four topics and three axes, some in
 * French only, built once by npm run build:e2e.
 */

const tag = tagOf(largeSite);
const newsPages: Record<Locale, string> = { fr: '/fr/actualites/', en: '/en/news/' };
/** The fixture's own two articles besides the generated ones. */
const ARTICLES = LARGE_ARTICLES + 2;

/** The list pages of a language: its news page, then every list page the resolver gives the fixture. */
function listPages(lang: Locale): string[] {
  const lists = [...newsListsOf(largeSite)].filter(([, list]) => list.lang === lang).map(([url]) => url);
  return [newsPages[lang], ...lists];
}

/** A built page's HTML, as the host serves it. */
function builtHtml(url: string): Buffer {
  return readFileSync(builtFileOf(largeSite, url));
}

/**
 * What a page's HTML can make the browser load besides itself: stylesheets,
 * preloads, scripts, and every url() of its inline style (its fonts). Equal
 * sets mean equal loads, since the list pages draw the same kinds of text.
 */
function renderBlockingAssets(html: Buffer): string[] {
  const assets = /<link[^>]+rel="(?:stylesheet|preload)"[^>]*>|<script[^>]+src="[^"]*"|url\([^)]*\)/g;
  return [...new Set([...html.toString('utf8').matchAll(assets)].map((match) => match[0]))].sort();
}

/** The article links of the list on the page open in `page`, as addresses. */
async function articleLinks(page: Page): Promise<string[]> {
  return page
    .locator('[data-article-list] a[data-content-link]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Every article address a list holds, following its "next page" links from `start`; the pages visited too. */
async function followList(page: Page, start: string): Promise<{ articles: string[]; pages: string[] }> {
  const articles: string[] = [];
  const pages: string[] = [];
  for (let url: string | undefined = start; url;) {
    await page.goto(url);
    pages.push(url);
    articles.push(...(await articleLinks(page)));
    const next = page.locator('nav a[rel="next"]');
    url = (await next.count()) > 0 ? new URL((await next.getAttribute('href')) ?? '', originOf(largeSite)).pathname : undefined;
    expect(pages.length, 'the pagination goes round in a loop').toBeLessThan(100);
  }
  return { articles, pages };
}

for (const lang of ['fr', 'en'] as const) {
  test.describe(`${tag} news lists in ${lang}`, () => {
    test('every list page keeps within the first round trip', async ({ browser }) => {
      const pages = listPages(lang);
      expect(pages.length).toBeGreaterThan(40);
      // The list pages share one layout: Chromium weighs the first, its stylesheets and fonts included…
      const [sample] = await weighPages(browser, originOf(largeSite), pages.slice(0, 1));
      const shared = criticalBytes(sample!) - sample!.htmlGzip;
      const sharedAssets = renderBlockingAssets(builtHtml(pages[0]!));
      // …and each page's own HTML is weighed as the host sends it, gzipped, from the build.
      const heavy: string[] = [];
      for (const url of pages) {
        const html = builtHtml(url);
        expect(renderBlockingAssets(html), `${url} loads what the first list page loads`).toEqual(sharedAssets);
        const bytes = gzipSync(html).length + shared;
        if (bytes > FIRST_ROUND_TRIP_BYTES) heavy.push(`${url}: ${bytes} B`);
      }
      expect(heavy).toEqual([]);
    });

    test('every article is reached from page 1 by following the pagination, once', async ({ readerPage: page }) => {
      test.setTimeout(120_000);
      const { site } = await checkContent({ contentDir: largeSite.contentDir, publicDir: 'public' });
      const expected = newsRoutes(site!, lang).map((route) => route.url);
      const { articles } = await followList(page, newsPages[lang]);
      expect(articles).toHaveLength(ARTICLES);
      expect(new Set(articles)).toEqual(new Set(expected));
    });

    test('the pagination names the current page and leads to the first, previous, next and last', async ({ readerPage: page }) => {
      await page.goto(`${newsPages[lang]}page/3/`);
      const nav = page.locator('nav', { has: page.locator('a[rel="next"]') });
      await expect(nav).toHaveAttribute('aria-label', lang === 'fr' ? 'Pages de la liste' : 'List pages');
      await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', `${newsPages[lang]}page/3/`);
      await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', `${newsPages[lang]}page/2/`);
      await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', `${newsPages[lang]}page/4/`);
      const numbers = await nav.locator('a:not([rel])').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(numbers[0]).toBe(newsPages[lang]);
      expect(numbers.at(-1)).toBe(`${newsPages[lang]}page/${Math.ceil(ARTICLES / 12)}/`);
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });

    test('page N of a list leads to page N in the other language, as its toggle, hreflang and canonical say', async ({
      readerPage: page,
    }) => {
      const other = lang === 'fr' ? 'en' : 'fr';
      await page.goto(`${newsPages[lang]}page/4/`);
      const own = await articleLinks(page);
      await expect(page.locator('[data-language-toggle="header"]')).toHaveAttribute('href', `${newsPages[other]}page/4/`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${originOf(largeSite)}${newsPages[lang]}page/4/`);
      await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute(
        'href',
        `${originOf(largeSite)}${newsPages[other]}page/4/`,
      );
      await page.locator('[data-language-toggle="header"]').click();
      expect(new URL(page.url()).pathname).toBe(`${newsPages[other]}page/4/`);
      // The same articles, in the same order: each page's are its language's versions of the other's.
      expect(await articleLinks(page)).toHaveLength(own.length);
    });
  });
}

test.describe(`${tag} topics, years and axes`, () => {
  test('a topic has a page in each language, listing its articles only, linked from its articles', async ({ readerPage: page }) => {
    await page.goto('/fr/actualites/sujets/escales-fictives/');
    await expect(page.locator('h1')).toHaveText('Sujet : Escales fictives');
    const { articles } = await followList(page, '/fr/actualites/sujets/escales-fictives/');
    expect(articles.length).toBe(Math.ceil(LARGE_ARTICLES / 3));
    await page.goto(articles[0]!);
    await page.locator('a[data-topic]', { hasText: 'Escales fictives' }).click();
    expect(new URL(page.url()).pathname).toBe('/fr/actualites/sujets/escales-fictives/');
    await page.locator('[data-language-toggle="header"]').click();
    expect(new URL(page.url()).pathname).toBe('/en/news/topics/fictional-calls/');
    await expect(page.locator('h1')).toHaveText('Topic: Fictional calls');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      `${originOf(largeSite)}/en/news/topics/fictional-calls/rss.xml`,
    );
  });

  test('a topic’s page links to its feed, leaves its own chip off its cards, and sits below the page of every topic', async ({
    readerPage: page,
    request,
  }) => {
    await page.goto('/fr/actualites/sujets/escales-fictives/');
    const feed = page.locator('[data-topic-feed] a');
    await expect(feed).toHaveText('Fil RSS de ce sujet');
    expect((await request.get((await feed.getAttribute('href')) ?? '')).status()).toBe(200);
    const chips = await page.locator('[data-article-list] [data-topic]').allTextContents();
    expect(chips.length).toBeGreaterThan(0);
    expect(chips).not.toContain('Escales fictives');
    const crumbs = page.locator('nav[aria-label="Fil d’Ariane"] a');
    await expect(crumbs).toHaveText(['Accueil', 'Actualités de test', 'Tous les sujets']);
    await crumbs.last().click();
    expect(new URL(page.url()).pathname).toBe('/fr/actualites/sujets/');
  });

  test('the pages above the lists give every topic, year and axis with its count, in both languages', async ({ readerPage: page }) => {
    await page.goto('/fr/actualites/sujets/');
    await expect(page.locator('h1')).toHaveText('Tous les sujets');
    const topic = page.locator('[data-list-index="topic"] li', { hasText: 'Escales fictives' });
    await expect(topic.locator('[data-count]')).toHaveText(`${Math.ceil(LARGE_ARTICLES / 3)} actualités`);
    await page.locator('[data-language-toggle="header"]').click();
    expect(new URL(page.url()).pathname).toBe('/en/news/topics/');
    await expect(page.locator('[data-list-index="topic"] a', { hasText: 'Fictional calls' })).toHaveAttribute(
      'href',
      '/en/news/topics/fictional-calls/',
    );
    await page.goto('/en/news/');
    await page.getByRole('link', { name: 'All years', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/en/news/years/');
    const years = await page
      .locator('[data-list-index="year"] [data-count]')
      .evaluateAll((counts) => counts.map((count) => Number(count.getAttribute('data-count'))));
    expect(years.reduce((sum, count) => sum + count, 0)).toBe(ARTICLES);
    await page.goto('/fr/actualites/axes/');
    await expect(page.locator('[data-list-index="axis"] li')).toHaveCount(3);
    await page.goto('/fr/actualites/2019/');
    await expect(page.locator('nav[aria-label="Fil d’Ariane"] a').last()).toHaveAttribute('href', '/fr/actualites/annees/');
  });

  test('a topic’s feed lists its articles, in the reader’s language', async ({ request }) => {
    const feed = await (await request.get('/en/news/topics/fictional-calls/rss.xml')).text();
    expect(feed.match(/<item>/g)).toHaveLength(Math.ceil(LARGE_ARTICLES / 3));
    expect(feed).toContain('<dc:language>fr</dc:language>');
  });

  test('the news page links to each year, and a year lists its articles only, in both languages', async ({ readerPage: page }) => {
    await page.goto('/en/news/');
    await page.getByRole('link', { name: '2019', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/en/news/2019/');
    await expect(page.locator('h1')).toHaveText('News from 2019');
    const dates = await page.locator('[data-article-list] time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((date) => date?.startsWith('2019'))).toBe(true);
    await page.locator('[data-language-toggle="header"]').click();
    expect(new URL(page.url()).pathname).toBe('/fr/actualites/2019/');
    await expect(page.locator('h1')).toHaveText('Actualités de 2019');
  });

  test('an English list marks the French-only articles', async ({ readerPage: page }) => {
    await page.goto('/en/news/');
    const marked = page.locator('[data-article-list] a[hreflang="fr"]');
    expect(await marked.count()).toBeGreaterThan(0);
    for (const text of await marked.allTextContents()) expect(text).toContain('(in French)');
  });

  test('an axis page shows its latest news and leads to its full list', async ({ readerPage: page }) => {
    await page.goto('/en/agreement/first-axis/');
    expect(await articleLinks(page)).toHaveLength(3);
    await page.getByRole('link', { name: /^All news about this axis/ }).click();
    expect(new URL(page.url()).pathname).toBe('/en/news/axes/first-axis/');
    await expect(page.locator('[aria-current="true"]', { hasText: 'News' })).toHaveCount(1);
  });

  test('list pages are in the sitemap and left out of the search index', async ({ request, readerPage: page }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toContain('/fr/actualites/page/2/</loc>');
    expect(sitemap).toContain('/en/news/topics/fictional-calls/</loc>');
    await page.goto('/fr/actualites/page/2/');
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  });

  test('the team’s translation status comes in pages, each within the first round trip', async ({ browser }) => {
    const pages = pagesOf(largeSite).filter((url) => url.startsWith('/translations/'));
    expect(pages.length).toBeGreaterThan(1);
    for (const weight of await weighPages(browser, originOf(largeSite), pages)) {
      expect(criticalBytes(weight), weight.url).toBeLessThanOrEqual(FIRST_ROUND_TRIP_BYTES);
    }
  });

  test('a list page has no WCAG 2.2 A/AA violation, in light or dark mode', async ({ axePage: page }) => {
    for (const url of ['/fr/actualites/page/2/', '/en/news/topics/fictional-calls/']) {
      await page.goto(url);
      for (const [index, colorScheme] of colorSchemes.entries()) {
        await page.emulateMedia({ colorScheme });
        expect(await violationsOn(page, { coloursOnly: index > 0 }), `${url} ${colorScheme}`).toEqual([]);
      }
    }
  });
});
