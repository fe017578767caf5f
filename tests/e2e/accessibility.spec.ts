import { expect } from '@playwright/test';
import { test } from './shared-pages.ts';
import { rootSites, tagOf } from './sites.ts';

// Each page's axe check shares its load with the header checks: security.spec.ts.
for (const site of rootSites) {
  test.describe(`${tagOf(site)} accessibility`, () => {
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
