import { expect, test } from '@playwright/test';
import { colorSchemes, violationsOn } from './axe.ts';
import { readFacts } from './page-facts.ts';
import { sites, tagOf } from './sites.ts';

/*
 * The 404 page, as a static host serves it (astro preview does the same):
 * for any missing address, with status 404, in both languages, leading back
 * to both home pages. It has no address of its own, so the suites that go
 * through every page (pages.spec.ts, accessibility.spec.ts) do not list it.
 */
for (const site of sites) {
  const missing = `${site.basePath}cette-page-n-existe-pas/`;

  test.describe(`${tagOf(site)} 404 page`, () => {
    test('a missing address gets status 404 and a page in both languages, with one h1', async ({ page }) => {
      const response = await page.goto(missing);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('h1')).toContainText('Page introuvable');
      await expect(page.locator('h1 [lang="en"]')).toHaveText('Page not found');
      await expect(page.locator('main div[lang="fr"]')).toContainText('Aucune page de ce site ne se trouve à cette adresse');
      await expect(page.locator('main div[lang="en"]')).toContainText('There is no page of this site at this address');
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
      await expect(page.locator('script')).toHaveCount(0);
    });

    test('it links back to both home pages and both search pages, each from its own half', async ({ page, request }) => {
      await page.goto(missing);
      for (const [lang, home, search] of [
        ['fr', 'fr/', 'fr/recherche/'],
        ['en', 'en/', 'en/search/'],
      ] as const) {
        const half = page.locator(`main div[lang="${lang}"]`);
        await expect(half.locator(`a[href="${site.basePath}${home}"]`)).toHaveAttribute('hreflang', lang);
        await expect(half.locator(`a[href="${site.basePath}${search}"]`)).toHaveAttribute('hreflang', lang);
      }
      for (const href of (await readFacts(page)).allLinks) {
        expect(href, href).toMatch(new RegExp(`^${site.basePath}`));
        expect((await request.get(href)).status(), href).toBe(200);
      }
    });

    test('it fits a 320 px wide screen without horizontal scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(missing);
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
    });

    for (const width of [390, 320]) {
      test(`at ${width} px, each button's arrow stays on the line of its last word`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(missing);
        const buttons = page.locator('main a.action');
        await expect(buttons).toHaveCount(2);
        for (const button of await buttons.all()) {
          const [wordTop, arrowTop] = await button.evaluate((link) => {
            const arrow = link.querySelector('[aria-hidden="true"]')!;
            const words = arrow.previousSibling!;
            const lastLetter = document.createRange();
            lastLetter.setStart(words, words.textContent!.length - 1);
            lastLetter.setEnd(words, words.textContent!.length);
            const arrowBox = document.createRange();
            arrowBox.selectNodeContents(arrow);
            // The last box of each: where the last word ends, where the arrow is drawn.
            return [lastLetter, arrowBox].map((range) => [...range.getClientRects()].at(-1)!.top);
          });
          expect(arrowTop).toBe(wordTop);
        }
      });
    }

    test.describe('with JavaScript, for axe', () => {
      test.use({ javaScriptEnabled: true });

      test('it has no WCAG 2.2 A/AA violation, in light or dark mode', async ({ page }) => {
        await page.goto(missing);
        for (const colorScheme of colorSchemes) {
          await page.emulateMedia({ colorScheme });
          expect(await violationsOn(page), colorScheme).toEqual([]);
        }
      });
    });
  });
}
