import { expect, test } from '@playwright/test';
import { readFacts } from './page-facts.ts';
import { contentPagesOf, sites } from './sites.ts';

/* The real content, as the source states it, built and read in Chromium. */

const ARTICLE_FR = '/fr/actualites/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation/';
const ARTICLE_EN = '/en/news/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation/';
const AXES = {
  fr: [
    'Commercialisation et développement de pôles logistiques à l’extérieur du territoire portuaire',
    'Efficience énergétique et développement durable',
    'Pérennité des infrastructures et innovation',
    'Attractivité des métiers et diversité',
    'Partage des bonnes pratiques et approche commune entre ports',
  ],
  en: [
    'Marketing and development of logistics hubs outside the port area',
    'Energy efficiency and sustainable development',
    'Long-lasting infrastructure and innovation',
    'Attractive careers and diversity',
    'Sharing best practices and a common approach between ports',
  ],
};

test.describe('@site content', () => {
  test('the news article is the only untranslated page, and it falls back in English', async ({ page }) => {
    const site = sites.find((candidate) => candidate.name === 'site');
    const fallbacks: string[] = [];
    for (const url of contentPagesOf(site ?? sites[0]!)) {
      await page.goto(url);
      if ((await readFacts(page)).notice) fallbacks.push(url);
    }
    expect(fallbacks).toEqual([ARTICLE_EN]);
  });

  test('the French article gives its dates and topics as the source does', async ({ page }) => {
    await page.goto(ARTICLE_FR);
    await expect(page.locator('h1')).toHaveText('Le port de Montréal et HAROPA PORT renouvellent leur coopération');
    await expect(page.locator('article time[datetime="2023-05-02"]')).toHaveText('2 mai 2023');
    await expect(page.locator('article time[datetime="2023-11-24"]')).toHaveText('24 novembre 2023');
    await expect(page.locator('article header [data-topic]')).toHaveText(['International', 'Partenariats']);
    await expect(page.locator('article h2')).toHaveText(AXES.fr.map((title, index) => `${index + 1}. ${title}`));
  });

  test('English readers get the French article under an English notice, dates in English', async ({ page }) => {
    await page.goto(ARTICLE_EN);
    const facts = await readFacts(page);
    expect(facts).toMatchObject({ lang: 'en', contentLang: 'fr', canonical: ARTICLE_FR });
    expect(facts.notice?.text).toContain('This page has not been translated into English yet');
    expect(facts.notice?.text).toContain('in French');
    await expect(page.locator('article time[datetime="2023-05-02"]')).toHaveText('May 2, 2023');
    await expect(page.locator('article time[datetime="2023-11-24"]')).toHaveText('November 24, 2023');
    await expect(page.locator('article time[datetime="2023-05-02"]').locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', 'en');
    // Topics are labelled in the reader's language, not in the article's.
    await expect(page.locator('article header [data-topic]')).toHaveText(['International', 'Partnerships']);
    // The footer gives the page's last update, in the reader's format.
    await expect(page.locator('body > footer time[datetime="2023-11-24"]')).toHaveText('November 24, 2023');
    expect(facts.toggles).toMatchObject([{ href: ARTICLE_FR, lang: 'fr', text: 'Français' }]);
  });

  test('the French article’s toggle says the English page is not translated', async ({ page }) => {
    await page.goto(ARTICLE_FR);
    expect((await readFacts(page)).toggles).toMatchObject([{ href: ARTICLE_EN, lang: 'en', text: 'English (page not translated)' }]);
  });

  for (const [lang, home, agreement] of [
    ['fr', '/fr/', '/fr/accord/'],
    ['en', '/en/', '/en/agreement/'],
  ] as const) {
    test(`the five axes are listed in order on ${home} and ${agreement}`, async ({ page }) => {
      for (const url of [home, agreement]) {
        await page.goto(url);
        const items = page.locator('#axes-heading + ol > li');
        await expect(items).toHaveCount(5);
        await expect(items.locator('a')).toHaveText(AXES[lang]);
        const hrefs = await items.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        for (const href of hrefs) expect(href).toMatch(new RegExp(`^${agreement}[a-z-]+/$`));
      }
    });
  }

  test('each axis page shows its number and title', async ({ page }) => {
    await page.goto('/fr/accord/');
    const hrefs = await page.locator('#axes-heading + ol a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const [index, href] of hrefs.entries()) {
      await page.goto(href);
      await expect(page.locator('h1')).toHaveText(AXES.fr[index] ?? '');
      await expect(page.locator('article header')).toContainText(`Axe ${index + 1} sur 5`);
    }
  });

  test('the English home lists the French article, marked as French', async ({ page }) => {
    await page.goto('/en/');
    const link = page.locator(`a[href="${ARTICLE_EN}"]`);
    await expect(link).toHaveAttribute('hreflang', 'fr');
    await expect(link.locator('span[lang="fr"]')).toHaveText('Le port de Montréal et HAROPA PORT renouvellent leur coopération');
    await expect(link).toContainText('(in French)');
  });

  for (const url of ['/fr/contact/', '/en/contact/']) {
    test(`${url} gives HAROPA PORT’s address and a working phone link`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('address')).toContainText('71, quai Colbert');
      await expect(page.locator('address')).toContainText('76600 Le Havre');
      await expect(page.locator('a[href="tel:+33279180500"]')).toHaveText('+33 (2) 79 18 05 00');
    });
  }

  for (const [url, sentence, link] of [
    [
      '/fr/contact/',
      'Ce site ne donne pas les coordonnées du Port de Montréal\u00a0: consultez son site officiel.',
      'Site officiel du Port de Montréal',
    ],
    [
      '/en/contact/',
      'This site does not give the contact details of the Port of Montréal: see its official website.',
      'Official website of the Port of Montréal',
    ],
  ] as const) {
    test(`${url} shows the Port of Montréal, which partners.yaml gives no address for, by its official website`, async ({ page }) => {
      await page.goto(url);
      const block = page.locator('[data-contact="partner-website"]');
      await expect(block).toContainText(sentence);
      await expect(block.locator('a[href="https://www.port-montreal.com"]')).toHaveText(link);
      await expect(page.locator('address')).toHaveCount(1);
    });
  }

  test('an axis page that shows all its news offers no list of them; the page of every axis leads to it, with its count', async ({
    page,
  }) => {
    await page.goto('/fr/accord/efficience-energetique/');
    expect(await page.locator('[data-article-list] li').count()).toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: /^Toutes les actualités de cet axe/ })).toHaveCount(0);
    const response = await page.goto('/fr/actualites/axes/');
    expect(response?.status()).toBe(200);
    const axis = page.locator('[data-list-index="axis"] li').filter({ has: page.locator('a[href="/fr/accord/efficience-energetique/"]') });
    await expect(axis.locator('[data-count]')).toHaveText(/^\d+ actualités?$/);
  });

  test('the parents of the topic lists are pages, in both languages, and the list pages link to them', async ({ page, request }) => {
    for (const url of ['/fr/actualites/sujets/', '/en/news/topics/', '/fr/actualites/annees/', '/en/news/years/', '/en/news/axes/']) {
      expect((await request.get(url)).status(), url).toBe(200);
    }
    await page.goto('/fr/actualites/');
    await expect(page.getByRole('link', { name: 'Tous les sujets', exact: true })).toHaveAttribute('href', '/fr/actualites/sujets/');
    await expect(page.getByRole('link', { name: 'Toutes les années', exact: true })).toHaveAttribute('href', '/fr/actualites/annees/');
    await expect(page.getByRole('link', { name: 'Actualités par axe', exact: true })).toHaveAttribute('href', '/fr/actualites/axes/');
  });

  test('the translation status page lists the untranslated article for the team', async ({ page, request }) => {
    await page.goto('/translations/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const row = page.locator('tr[data-key="news-cooperation-renewed"]');
    await expect(row.locator('td[data-lang="fr"]')).toHaveAttribute('data-state', 'original');
    await expect(row.locator('td[data-lang="en"]')).toHaveAttribute('data-state', 'missing');
    await expect(row.locator('td[data-lang="en"] code')).toHaveText(
      'content/en/news/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation.mdx',
    );
    await expect(page.locator('td[data-state="outdated"]')).toHaveCount(0);
    expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/translations/');
  });

  test('/ offers both languages, each half in its own language', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('section[lang="fr"] a[href="/fr/"]')).toHaveAccessibleName('Accéder au site en français');
    await expect(page.locator('section[lang="en"] a[href="/en/"]')).toHaveAccessibleName('Go to the English site');
  });
});
