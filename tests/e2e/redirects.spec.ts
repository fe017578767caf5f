import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readRedirectRules } from '../helpers/redirects-file.ts';
import { originOf, sites } from './sites.ts';

/*
 * The old addresses of the fixture's redirections.yaml, in each host's
 * form: the built `_redirects` (Netlify, Cloudflare Pages), which the test
 * host applies as they do, and the redirect page at each old address,
 * which GitHub Pages serves (here requested as its file, which the rule
 * does not match); and those of the real content.
 */

const fixture = sites.find((site) => site.name === 'fixture')!;
const realContent = sites.find((site) => site.name === 'site')!;

test.describe('@fixture old addresses', () => {
  test('_redirects sends each old address to its page, permanently, as Netlify’s own parser reads it', async () => {
    expect(await readRedirectRules(fixture.outDir)).toEqual([
      { from: '/fr/ancienne-page/', to: '/fr/accord/', status: 301 },
      { from: '/en/news/topics/old-topic/', to: '/en/news/topics/test/', status: 301 },
      { from: '/fr/actualites/sujets/ancien-sujet/rss.xml', to: '/fr/actualites/sujets/essai/rss.xml', status: 301 },
    ]);
  });

  test('a host that reads _redirects answers 301 and the reader lands on the page, with or without the final slash', async ({
    page,
    request,
  }) => {
    const answer = await request.get('/fr/ancienne-page/', { maxRedirects: 0 });
    expect(answer.status()).toBe(301);
    expect(answer.headers().location).toBe('/fr/accord/');
    for (const old of ['/en/news/topics/old-topic/', '/en/news/topics/old-topic']) {
      const response = await page.goto(old);
      expect(response?.status(), old).toBe(200);
      expect(new URL(page.url()).pathname, old).toBe('/en/news/topics/test/');
    }
    const feed = await request.get('/fr/actualites/sujets/ancien-sujet/rss.xml');
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('xml');
  });

  test('on GitHub Pages, the redirect page sends the reader on without JavaScript, tells robots where the page is, and links to it', async ({
    page,
  }) => {
    await page.goto('/fr/ancienne-page/index.html');
    await expect(page).toHaveURL(`${originOf(fixture)}/fr/accord/`);
    await expect(page.locator('h1')).toBeVisible();
    // The same page again, read where it stands: the page it leads to answers 204, which leaves it in place.
    await page.route('**/fr/accord/', (route) => route.fulfill({ status: 204 }));
    await page.goto('/fr/ancienne-page/index.html');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('meta[http-equiv="refresh"]')).toHaveAttribute('content', '0; url=/fr/accord/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${originOf(fixture)}/fr/accord/`);
    await expect(page.locator('main a')).toHaveAttribute('href', '/fr/accord/');
    await expect(page.locator('main')).toContainText('Cette page a changé d’adresse.');
    // A feed's old address has its rule only: a page cannot stand in for a feed.
    expect(existsSync(join(fixture.outDir, 'fr/actualites/sujets/ancien-sujet'))).toBe(false);
  });

  test('the redirect pages are not in the sitemap', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).not.toContain('ancienne-page');
    expect(sitemap).not.toContain('old-topic');
  });
});

test.describe('@site old addresses', () => {
  test('the lists of an axis’s news, which its page now shows in full, lead to the axis page', async ({ page }) => {
    const rules = await readRedirectRules(realContent.outDir);
    expect(rules).toContainEqual({
      from: '/fr/actualites/axes/efficience-energetique/',
      to: '/fr/accord/efficience-energetique/',
      status: 301,
    });
    await page.goto('/en/news/axes/energy-efficiency/');
    expect(new URL(page.url()).pathname).toBe('/en/agreement/energy-efficiency/');
  });
});
