import { expect, test } from '@playwright/test';
import { contentPagesOf, rootSites, tagOf } from './sites.ts';

for (const site of rootSites) {
  const contentPages = contentPagesOf(site);

  test.describe(`${tagOf(site)} keyboard`, () => {
    for (const url of contentPages) {
      test(`${url}: the first Tab shows a skip link that moves focus past the header`, async ({ page }) => {
        await page.goto(url);
        await page.keyboard.press('Tab');
        const skipLink = page.locator('a[href="#main"]');
        await expect(skipLink).toBeFocused();
        await expect(skipLink).toBeInViewport();
        const outline = await skipLink.evaluate((element) => getComputedStyle(element).outlineStyle);
        expect(outline).not.toBe('none');
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(/#main$/);
        await expect(page.locator('main#main')).toBeInViewport();
      });
    }
  });
}
