import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { colorSchemes, violationsOn } from './axe.ts';
import { contentPagesOf, languageOfUrl, pagesOf, sites, tagOf, type BuiltSite } from './sites.ts';

/*
 * The search pages, with JavaScript on as readers have it: Pagefind's index
 * of each language, built with the site, searched in Chromium.
 */

test.use({ javaScriptEnabled: true });

const ARTICLE_FR = '/fr/actualites/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation/';
const ARTICLE_EN = '/en/news/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation/';
const ARTICLE_TITLE = 'Le port de Montréal et HAROPA PORT renouvellent leur coopération';
const SEARCH = { fr: 'recherche/', en: 'search/' };

/** A result as the reader meets it. */
interface ResultFacts {
  href: string;
  hreflang: string | null;
  titleLang: string | null;
  text: string;
  excerptLang: string | null;
  marked: string[];
}

/** Types `query` in the search field, submits it, and reads the results once the status line gives their count. */
async function search(page: Page, query: string): Promise<{ status: string; results: ResultFacts[] }> {
  await page.getByRole('searchbox').fill(query);
  await page.getByRole('searchbox').press('Enter');
  return readResults(page);
}

async function readResults(page: Page): Promise<{ status: string; results: ResultFacts[] }> {
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^(\d+ (results?|résultats?)|No results|Aucun résultat)\.$/);
  const results = await page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector('a');
      return {
        href: link?.getAttribute('href') ?? '',
        hreflang: link?.getAttribute('hreflang') ?? null,
        titleLang: link?.querySelector('span')?.getAttribute('lang') ?? null,
        text: (link?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        excerptLang: item.querySelector('p')?.getAttribute('lang') ?? null,
        marked: [...item.querySelectorAll('p mark')].map((mark) => mark.textContent ?? ''),
      };
    }),
  );
  return { status: (await status.textContent()) ?? '', results };
}

const siteNamed = (name: BuiltSite['name']) => sites.find((site) => site.name === name)!;

test.describe('@site search', () => {
  test('French search finds the renewal article, with the words found highlighted', async ({ page }) => {
    await page.goto(`/fr/${SEARCH.fr}`);
    const { status, results } = await search(page, 'renouvellement');
    const article = results.find((result) => result.href === ARTICLE_FR);
    expect(article).toMatchObject({ hreflang: null, titleLang: null, excerptLang: null, text: ARTICLE_TITLE });
    expect(article?.marked.map((word) => word.toLowerCase())).toContain('renouvellement');
    expect(status).toBe(results.length === 1 ? '1 résultat.' : `${results.length} résultats.`);
    await expect(page).toHaveURL(/\?q=renouvellement$/);
  });

  test('English search finds the French article, marked as French, at its English address', async ({ page }) => {
    await page.goto(`/en/${SEARCH.en}`);
    const { results } = await search(page, 'renouvellent');
    const article = results.find((result) => result.href.includes('le-port-de-montreal'));
    expect(article).toEqual(
      expect.objectContaining({
        href: ARTICLE_EN,
        hreflang: 'fr',
        titleLang: 'fr',
        excerptLang: 'fr',
        text: `${ARTICLE_TITLE} (in French)`,
      }),
    );
    await page.locator(`[data-search-results] a[href="${ARTICLE_EN}"]`).click();
    await expect(page).toHaveURL(ARTICLE_EN);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('an English term finds the English axis page, in English', async ({ page }) => {
    await page.goto(`/en/${SEARCH.en}?q=energy`);
    const { results } = await readResults(page);
    expect(results.find((result) => result.href === '/en/agreement/energy-efficiency/')).toMatchObject({
      hreflang: null,
      text: 'Energy efficiency and sustainable development',
    });
    await expect(page.getByRole('searchbox')).toHaveValue('energy');
  });

  for (const [lang, query] of [
    ['fr', 'port'],
    ['fr', 'HAROPA'],
    ['en', 'port'],
    ['en', 'HAROPA'],
  ] as const) {
    test(`“${query}” in ${lang}: each page once, all in the reader’s language’s addresses, counted`, async ({ page }) => {
      await page.goto(`/${lang}/${SEARCH[lang]}?q=${query}`);
      const { status, results } = await readResults(page);
      const hrefs = results.map((result) => result.href);
      expect(hrefs.length).toBeGreaterThan(1);
      expect(new Set(hrefs).size).toBe(hrefs.length);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${lang}/`));
      expect(status).toMatch(new RegExp(`^${hrefs.length} `));
      // The search pages themselves are not results.
      expect(hrefs).not.toContain(`/${lang}/${SEARCH[lang]}`);
    });
  }

  test('a search without results says so; an empty one clears the list', async ({ page }) => {
    await page.goto(`/en/${SEARCH.en}`);
    expect(await search(page, 'zzzyyyxxx')).toEqual({ status: 'No results.', results: [] });
    await page.goto(`/fr/${SEARCH.fr}?q=port`);
    await readResults(page);
    await page.getByRole('searchbox').fill('');
    await page.getByRole('searchbox').press('Enter');
    await expect(page.getByRole('status')).toHaveText('');
    await expect(page.locator('[data-search-results] > li')).toHaveCount(0);
  });

  test('with JavaScript, the message for browsers without it is hidden', async ({ page }) => {
    await page.goto(`/en/${SEARCH.en}`);
    await expect(page.locator('[data-search-no-script]')).toBeHidden();
  });

  for (const lang of ['fr', 'en'] as const) {
    test(`the ${lang} search page with results has no WCAG 2.2 A/AA violation, in light or dark mode`, async ({ page }) => {
      await page.goto(`/${lang}/${SEARCH[lang]}?q=port`);
      await readResults(page);
      for (const colorScheme of colorSchemes) {
        await page.emulateMedia({ colorScheme });
        expect(await violationsOn(page), colorScheme).toEqual([]);
      }
    });
  }
});

test.describe('@site search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says, in its language, that search needs JavaScript, and offers the sections', async ({ page }) => {
    for (const [lang, message, sections] of [
      ['fr', 'La recherche a besoin de JavaScript', ['/fr/accord/', '/fr/actualites/', '/fr/contact/']],
      ['en', 'Search needs JavaScript', ['/en/agreement/', '/en/news/', '/en/contact/']],
    ] as const) {
      await page.goto(`/${lang}/${SEARCH[lang]}`);
      await page.getByRole('searchbox').fill('port');
      await page.getByRole('button').click();
      await expect(page).toHaveURL(`/${lang}/${SEARCH[lang]}?q=port`);
      const notice = page.locator('[data-search-no-script]');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(message);
      expect(await notice.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(sections);
    }
  });
});

test.describe('@fixture search', () => {
  test('French search finds the English-only page, marked as English, at its French address', async ({ page }) => {
    await page.goto(`/fr/${SEARCH.fr}?q=written`);
    const { results } = await readResults(page);
    expect(results.find((result) => result.href === '/fr/accord/port-visit/')).toMatchObject({
      hreflang: 'en',
      titleLang: 'en',
      excerptLang: 'en',
      text: 'Port visit, in English only (en anglais)',
    });
  });
});

for (const site of sites) {
  test.describe(`${tagOf(site)} search pages`, () => {
    test('only the search pages are marked as loading a script', () => {
      const marked = pagesOf(site).filter((url) =>
        readFileSync(join(site.outDir, url.slice(site.basePath.length), 'index.html'), 'utf8').includes('data-page-script='),
      );
      expect(marked).toEqual([`${site.basePath}en/${SEARCH.en}`, `${site.basePath}fr/${SEARCH.fr}`]);
    });

    test('every content page’s header links to the search page of its language', async ({ page }) => {
      for (const url of contentPagesOf(site)) {
        await page.goto(url);
        const lang = languageOfUrl(url) as keyof typeof SEARCH;
        await expect(page.locator(`body > header a[href="${site.basePath}${lang}/${SEARCH[lang]}"]`), url).toHaveCount(1);
      }
    });
  });
}

test.describe('@based search', () => {
  test('the index and its results live under the base path', async ({ page }) => {
    const { basePath } = siteNamed('based');
    await page.goto(`${basePath}en/${SEARCH.en}?q=energy`);
    const { results } = await readResults(page);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.href).toMatch(new RegExp(`^${basePath}en/`));
    await page.locator(`[data-search-results] a[href="${basePath}en/agreement/energy-efficiency/"]`).click();
    await expect(page.locator('h1')).toHaveText('Energy efficiency and sustainable development');
  });
});
