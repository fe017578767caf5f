import { expect } from '@playwright/test';
import { readFacts } from './page-facts.ts';
import { test } from './shared-pages.ts';
import { contentPagesOf, isTeamPage, languageOfUrl, pagesOf, sites, tagOf } from './sites.ts';

/*
 * Every page of each built site, read in Chromium with JavaScript off:
 * it is served, in the right language, with one title, fits a phone, has
 * only working links, and (content pages) a skip link for keyboard users.
 */
for (const site of sites) {
  const contentPages = new Set(contentPagesOf(site));
  // Most links (header, footer) are on every page: each is requested once per worker, the site being static.
  const resolved = new Set<string>();

  test.describe(`${tagOf(site)} every page`, () => {
    for (const url of pagesOf(site)) {
      test(`${url} is served, readable on a phone, with working links`, async ({ readerPage: page, request }) => {
        await test.step('served in its language, with one h1, and no script but the search page’s', async () => {
          const response = await page.goto(url);
          expect(response?.status()).toBe(200);
          await expect(page.locator('html')).toHaveAttribute('lang', languageOfUrl(url));
          await expect(page.locator('h1')).toHaveCount(1);
          await expect(page.locator('h1')).toBeVisible();
          // Data blocks (JSON-LD) are not code; any other script is.
          const scripts = page.locator('script:not([type="application/ld+json"])');
          if ((await page.locator('body[data-page-script="search"]').count()) > 0) {
            // The search page (SearchLayout) loads its own bundled module, nothing inline.
            await expect(scripts).toHaveCount(1);
            await expect(scripts).toHaveAttribute('type', 'module');
            await expect(scripts).toHaveAttribute('src', new RegExp(`^${site.basePath}_astro/[\\w.-]+\\.js$`));
          } else {
            await expect(scripts).toHaveCount(0);
          }
          await expect(page.locator('meta[http-equiv="refresh" i]')).toHaveCount(0);
        });

        await test.step('every link resolves', async () => {
          const { allLinks, canonical, alternates } = await readFacts(page);
          const internal = [...allLinks, canonical, ...alternates.map((alternate) => alternate.href)].filter((href) =>
            href.startsWith('/'),
          );
          for (const href of new Set(internal.map((href) => href.split('#')[0] ?? ''))) {
            if (resolved.has(href)) continue;
            const response = await request.get(href, { maxRedirects: 0 });
            expect(response.status(), `${href} linked from ${url}`).toBe(200);
            resolved.add(href);
          }
        });

        if (contentPages.has(url)) {
          await test.step('the first Tab shows a skip link that moves focus past the header', async () => {
            await page.keyboard.press('Tab');
            const skipLink = page.locator('a[href="#main"]');
            await expect(skipLink).toBeFocused();
            await expect(skipLink).toBeInViewport();
            expect(await skipLink.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
            await page.keyboard.press('Enter');
            await expect(page).toHaveURL(/#main$/);
            await expect(page.locator('main#main')).toBeInViewport();
          });
        }

        await test.step('fits a 320 px wide screen without horizontal scrolling', async () => {
          await page.setViewportSize({ width: 320, height: 640 });
          const widths = await page.evaluate(() => ({
            document: document.documentElement.scrollWidth,
            viewport: document.documentElement.clientWidth,
          }));
          expect(widths.document).toBeLessThanOrEqual(widths.viewport);
        });
      });
    }

    test(`every built page can be reached from ${site.basePath} by following links`, async ({ page }) => {
      // Team pages (noindex) are deliberately linked from nowhere.
      const built = pagesOf(site).filter((url) => !isTeamPage(site, url));
      const reached = new Set<string>([site.basePath]);
      const queue = [site.basePath];
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        await page.goto(url);
        for (const href of (await readFacts(page)).allLinks) {
          const path = href.split('#')[0] ?? '';
          if (path.startsWith('/') && built.includes(path) && !reached.has(path)) {
            reached.add(path);
            queue.push(path);
          }
        }
      }
      expect([...reached].sort()).toEqual(built);
    });
  });
}
