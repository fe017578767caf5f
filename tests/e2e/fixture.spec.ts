import { expect, test } from '@playwright/test';
import { readFacts } from './page-facts.ts';

/*
 * The reverse direction, on the fixture content (tests/fixtures/content):
 * an English-only page read in French gets a French notice.
 */

test.describe('@fixture English-only content read in French', () => {
  test('the French fallback page has a French notice over the English original', async ({ page }) => {
    await page.goto('/fr/accord/port-visit/');
    const facts = await readFacts(page);
    expect(facts).toMatchObject({ lang: 'fr', contentLang: 'en', canonical: '/en/agreement/port-visit/' });
    expect(facts.notice).toMatchObject({ lang: 'fr', insideContent: false, originalHref: '/en/agreement/port-visit/' });
    expect(facts.notice?.text).toContain('Cette page n’est pas encore traduite en français');
    expect(facts.notice?.text).toContain('en anglais');
    expect(facts.h1).toBe('Port visit, in English only');
    expect(facts.title).toContain('(en anglais)');
    expect(facts.toggles).toMatchObject([{ href: '/en/agreement/port-visit/', lang: 'en', text: 'English' }]);
  });

  test('the English original’s toggle says the French page is not translated', async ({ page }) => {
    await page.goto('/en/agreement/port-visit/');
    expect((await readFacts(page)).toggles).toMatchObject([
      { href: '/fr/accord/port-visit/', lang: 'fr', text: 'Français (page non traduite)' },
    ]);
  });

  test('the French news list flags the English-only article as English', async ({ page }) => {
    await page.goto('/fr/actualites/');
    const link = page.locator('a[href="/fr/actualites/english-article/"]');
    await expect(link).toHaveAttribute('hreflang', 'en');
    await expect(link.locator('span[lang="en"]')).toHaveText('Article in English only');
    await expect(link).toContainText('(en anglais)');
  });

  test('a French-only axis read in English keeps its English label inside the French content', async ({ page }) => {
    await page.goto('/en/agreement/deuxieme-axe/');
    await expect(page.locator('article[lang="fr"] p[lang="en"]')).toHaveText('Axis 2 of 3');
    await expect(page.locator('article[lang="fr"] h1')).toHaveText('Deuxième axe, en français seulement');
  });

  test('an outdated translation says so, in the reader’s language, linking to the original', async ({ page }) => {
    await page.goto('/en/agreement/third-axis/');
    const facts = await readFacts(page);
    expect(facts.notice).toBeNull();
    expect(facts.outdatedNotice?.text).toContain('The original version of this page, in French, has changed');
    expect(facts.outdatedNotice?.originalHref).toBe('/fr/accord/troisieme-axe/');
    await page.goto('/en/agreement/first-axis/');
    expect((await readFacts(page)).outdatedNotice).toBeNull();
  });

  test('the translation status page shows outdated, draft and missing translations', async ({ page }) => {
    await page.goto('/translations/');
    const stateOf = (key: string, lang: string) => page.locator(`tr[data-key="${key}"] td[data-lang="${lang}"]`).getAttribute('data-state');
    expect(await stateOf('axis-third', 'en')).toBe('outdated');
    expect(await stateOf('axis-second', 'en')).toBe('draft');
    expect(await stateOf('axis-first', 'en')).toBe('up-to-date');
    expect(await stateOf('port-visit', 'fr')).toBe('missing');
    expect(await stateOf('port-visit', 'en')).toBe('original');
  });

  test('a draft translation is not published: the fallback stays', async ({ page, request }) => {
    expect((await request.get('/en/agreement/second-axis/')).status()).toBe(404);
    await page.goto('/en/agreement/deuxieme-axe/');
    expect((await readFacts(page)).notice).not.toBeNull();
  });

  test('the fallback pages are exactly the untranslated pages, in both directions', async ({ page, request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    const fallbacks = [
      '/en/agreement/deuxieme-axe/',
      '/en/news/article-francais/',
      '/fr/accord/port-visit/',
      '/fr/actualites/english-article/',
    ];
    for (const url of fallbacks) {
      await page.goto(url);
      expect((await readFacts(page)).notice, url).not.toBeNull();
      expect(xml).not.toContain(url);
    }
  });

  test('MDX components render: a callout, and a figure whose image Astro optimised', async ({ page }) => {
    await page.goto('/fr/accord/premier-axe/');
    await expect(page.locator('article [data-callout][role="note"]')).toContainText('À retenir');
    const image = page.locator('article figure[data-figure] img');
    await expect(image).toHaveAttribute('alt', 'Carré bleu servant d’image de test');
    await expect(image).toHaveAttribute('src', /\/_astro\/quai\.[\w-]+\.webp$/);
    await expect(image).toHaveAttribute('width', '2');
    await expect(image).toHaveAttribute('height', '2');
    await expect(page.locator('article figure[data-figure] figcaption')).toHaveText('Un quai, en image de test.');
  });
});

test.describe('@fixture partners from content/partners.yaml', () => {
  for (const [lang, name, alt] of [
    ['fr', 'Partenaire A', 'Logo du partenaire B'],
    ['en', 'Partner A', 'Partner B logo'],
  ] as const) {
    test(`the ${lang} lockup names a partner without a logo, and shows the other’s official logo`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      const lockup = page.locator('header [data-lockup]');
      await expect(lockup).toContainText(name);
      const logo = lockup.getByRole('img', { name: alt });
      await expect(logo).toHaveAttribute('src', /^\/_astro\/.+\.svg$/);
      expect(await logo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    });
  }
});
