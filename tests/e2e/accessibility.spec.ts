import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pagesOf, rootSites, tagOf } from './sites.ts';

// axe runs as a script in the page, so these tests (only) turn JavaScript on.
test.use({ javaScriptEnabled: true });

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const site of rootSites) {
  test.describe(`${tagOf(site)} accessibility`, () => {
    for (const url of pagesOf(site)) {
      test(`${url} has no WCAG 2.2 A/AA violation`, async ({ page }) => {
        await page.goto(url);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        const summary = violations.map((violation) => ({
          rule: violation.id,
          help: violation.help,
          targets: violation.nodes.map((node) => node.target.join(' ')),
        }));
        expect(summary).toEqual([]);
      });
    }
  });
}
