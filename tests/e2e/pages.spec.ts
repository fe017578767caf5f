import { expect, test } from '@playwright/test';
import { readFacts } from './page-facts.ts';
import { isTeamPage, languageOfUrl, pagesOf, sites, tagOf } from './sites.ts';

/*
 * Every page of each built site, read in Chromium with JavaScript off:
 * it is served, in the right language, with one title, and fits a phone.
 */
for (const site of sites) {
  test.describe(`${tagOf(site)} every page`, () => {
    for (const url of pagesOf(site)) {
      test(`${url} is served in its language with one h1 and no script`, async ({ page }) => {
        const response = await page.goto(url);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', languageOfUrl(url));
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('h1')).toBeVisible();
        await expect(page.locator('script')).toHaveCount(0);
        await expect(page.locator('meta[http-equiv="refresh" i]')).toHaveCount(0);
      });

      test(`${url} fits a 320 px wide screen without horizontal scrolling`, async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(url);
        const widths = await page.evaluate(() => ({
          document: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
        }));
        expect(widths.document).toBeLessThanOrEqual(widths.viewport);
      });

      test(`${url} has only links that resolve`, async ({ page, request }) => {
        await page.goto(url);
        const { allLinks, canonical, alternates } = await readFacts(page);
        const internal = [...allLinks, canonical, ...alternates.map((alternate) => alternate.href)].filter(
          (href) => href.startsWith('/'),
        );
        for (const href of new Set(internal)) {
          const response = await request.get(href, { maxRedirects: 0 });
          expect(response.status(), `${href} linked from ${url}`).toBe(200);
        }
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
