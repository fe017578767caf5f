import { expect, test, type Locator, type Page } from '@playwright/test';
import { originOf, siteUrlOf, sites, tagOf } from './sites.ts';

/*
 * Printing a page gives its content alone, readable on white paper, with
 * the address of each link in the content written after it.
 */

const ARTICLE_EN = '/en/news/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation/';

/** The text printed after a link, from its `::after` box. */
function printedAfter(link: Locator): Promise<string> {
  return link.evaluate((element) => getComputedStyle(element, '::after').content);
}

async function printPreview(page: Page, url: string, colorScheme: 'light' | 'dark' = 'light') {
  await page.goto(url);
  await page.emulateMedia({ media: 'print', colorScheme });
}

test.describe('@site print', () => {
  test('an article prints without the site’s frame, and its notice without decoration', async ({ page }) => {
    await printPreview(page, ARTICLE_EN);
    for (const frame of ['a[href="#main"]', 'body > header', '[data-language-toggle]', 'nav', 'body > footer']) {
      await expect(page.locator(frame).first(), frame).toBeHidden();
    }
    await expect(page.locator('article h1')).toBeVisible();
    const notice = page.locator('[data-language-notice="fallback"]');
    await expect(notice).toBeVisible();
    expect(
      await notice.evaluate((element) => {
        const style = getComputedStyle(element);
        return [style.borderLeftWidth, style.backgroundColor, style.paddingLeft];
      }),
    ).toEqual(['0px', 'rgba(0, 0, 0, 0)', '0px']);
  });

  test('the text is dark on white, in a readable size, even when the screen is in dark mode', async ({ page }) => {
    await printPreview(page, ARTICLE_EN, 'dark');
    const paragraph = page.locator('article .prose p').first();
    const style = await paragraph.evaluate((element) => {
      const computed = getComputedStyle(element);
      return {
        color: computed.color,
        background: getComputedStyle(document.documentElement).backgroundColor,
        fontSize: parseFloat(computed.fontSize),
        lineHeight: parseFloat(computed.lineHeight) / parseFloat(computed.fontSize),
      };
    });
    expect(style).toMatchObject({ color: 'rgb(19, 32, 44)', background: 'rgb(255, 255, 255)' });
    // 11pt is about 14.7 CSS pixels.
    expect(style.fontSize).toBeGreaterThanOrEqual(14);
    expect(style.lineHeight).toBeGreaterThanOrEqual(1.4);
  });

  test('a site link in the content prints its absolute address; links of the frame do not', async ({ page }) => {
    const site = sites.find((candidate) => candidate.name === 'site')!;
    await printPreview(page, '/fr/');
    expect(await printedAfter(page.locator('article .prose a[href="/fr/accord/"]'))).toBe(`" (${originOf(site)}/fr/accord/)"`);
    expect(await printedAfter(page.locator('#axes-heading + ol a').first())).toBe('none');
  });
});

test.describe('@fixture print', () => {
  test('a web link prints its address, and so does a site link written in JSX', async ({ page }) => {
    const site = sites.find((candidate) => candidate.name === 'fixture')!;
    await printPreview(page, '/en/agreement/port-visit/');
    expect(await printedAfter(page.locator('article a[href="https://example.org/"]'))).toBe('" (https://example.org/)"');
    expect(await printedAfter(page.locator('article a[href="/en/agreement/"]'))).toBe(`" (${originOf(site)}/en/agreement/)"`);
  });
});

for (const site of sites.filter((candidate) => candidate.basePath !== '/')) {
  test.describe(`${tagOf(site)} print`, () => {
    test('printed site links carry the base path', async ({ page }) => {
      await printPreview(page, `${site.basePath}fr/`);
      const link = page.locator(`article .prose a[href="${site.basePath}fr/accord/"]`);
      expect(await printedAfter(link)).toBe(`" (${siteUrlOf(site)}${site.basePath}fr/accord/)"`);
    });
  });
}
