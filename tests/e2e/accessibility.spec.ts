import { expect } from '@playwright/test';
import { colorSchemes, violationsOn } from './axe.ts';
import { test } from './shared-pages.ts';
import { axePagesOf, checkedSites, tagOf } from './sites.ts';

// axe runs as a script in the page: these tests use axePage, with JavaScript on.
for (const site of checkedSites) {
  test.describe(`${tagOf(site)} accessibility`, () => {
    for (const url of axePagesOf(site)) {
      test(`${url} has no WCAG 2.2 A/AA violation, in light or dark mode`, async ({ axePage: page }) => {
        await page.goto(url);
        // Every rule in the first scheme; in the other, what a scheme changes: contrast.
        for (const [index, colorScheme] of colorSchemes.entries()) {
          await page.emulateMedia({ colorScheme });
          expect(await violationsOn(page, { coloursOnly: index > 0 }), colorScheme).toEqual([]);
        }
      });
    }

    test('the colours follow the reader’s light or dark setting', async ({ axePage: page }) => {
      const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await page.goto(`${site.basePath}fr/`);
      await page.emulateMedia({ colorScheme: 'light' });
      expect(await background()).toBe('rgb(255, 255, 255)');
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await background()).toBe('rgb(13, 22, 32)');
    });
  });
}
