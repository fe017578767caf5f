import { expect, test, type Page } from '@playwright/test';
import { pagesOf, rootSites, tagOf } from './sites.ts';

/*
 * French typography (src/lib/markdown/french-typography.ts) as the built pages show it:
 * French content has its no-break spaces, English content has none.
 */

const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';

/** The text of the page's content, one piece per text node, with the language it is in; code and addresses left out. */
function contentText(page: Page): Promise<{ lang: string; text: string }[]> {
  return page.evaluate(() => {
    const content = document.querySelector('[data-content]');
    if (!content) return [];
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    const pieces = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('code, pre, kbd, samp')) continue;
      const text = (node.textContent ?? '').replace(/https?:\/\/\S+/g, 'URL');
      pieces.push({ lang: parent.closest('[lang]')?.getAttribute('lang') ?? '', text });
    }
    return pieces;
  });
}

// The site under a base path has the same pages: base-path.spec.ts covers what differs.
for (const site of rootSites) {
  test(`${tagOf(site)} every page: French content has no-break spaces, English content none`, async ({ page }) => {
    for (const url of pagesOf(site).filter((candidate) => candidate !== '/')) {
      await page.goto(url);
      for (const { lang, text } of await contentText(page)) {
        if (lang === 'fr') {
          expect(text, `${url}: an ordinary space before ; ! ? : » or after «`).not.toMatch(/[ \t\n][;!?:»]|«[ \t\n]/);
          expect(text, `${url}: a wide no-break space before ; ! ?`).not.toMatch(/\u00a0[;!?]/);
        } else {
          expect(text, `${url}: a French no-break space in English`).not.toMatch(/[\u00a0\u202f][;!?:]/);
        }
      }
    }
  });
}

test.describe('@site French typography of the real content', () => {
  for (const url of [
    '/fr/actualites/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation/',
    // The English fallback page shows the same French content.
    '/en/news/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation/',
  ]) {
    test(`${url}: the MDX source's "Objectif :" is built with a no-break space`, async ({ page }) => {
      await page.goto(url);
      const text = await page.locator('[data-content]').textContent();
      expect(text).toContain(`Objectif${NBSP}: mettre en place`);
      expect(text).toContain(`cinq axes suivants${NBSP}:`);
    });
  }

  test('the English home keeps its colon as written', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('[data-content]')).toContainText('Their objective: to take action');
  });
});

test.describe('@fixture French typography of Markdown content', () => {
  test('spaces are replaced and inserted; code, time, address and English part kept', async ({ page }) => {
    await page.goto('/fr/actualites/article-francais/');
    const content = page.locator('[data-content]');
    const text = await content.textContent();
    expect(text).toContain(`Objectif${NBSP}: tester les espaces. Vraiment${NARROW_NBSP}? Oui${NARROW_NBSP}!`);
    expect(text).toContain(`«${NBSP}Bien sûr${NBSP}», dit-elle${NARROW_NBSP}; puis fin${NBSP}: merci.`);
    await expect(content.locator('code')).toHaveText('a:b ? c : d');
    expect(text).toContain('l’heure 10:30 et l’adresse https://example.org/?q=a:b restent');
    await expect(content.locator('span[lang="en"]')).toHaveText('this English text: as typed!');
  });

  test('English content is left as typed', async ({ page }) => {
    await page.goto('/en/news/english-article/');
    await expect(page.locator('[data-content]')).toContainText('Note: English text keeps its spacing; really? Yes!');
  });
});
