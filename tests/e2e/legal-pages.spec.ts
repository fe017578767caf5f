import { expect, type Page } from '@playwright/test';
import { test } from './shared-pages.ts';
import { contentPagesOf, languageOfUrl, sites, type BuiltSite } from './sites.ts';

/*
 * The pages public sites in France and Canada carry (content/legal.yaml):
 * the accessibility statement, the legal notice and the personal-data page.
 * The fixture fills every fact (fictional values), so all three are
 * published and complete; the real content has none yet, so only the
 * statement is, « non conforme », and the other two are nowhere.
 */

const site = (name: BuiltSite['name']) => sites.find((candidate) => candidate.name === name)!;

const PAGES = {
  accessibility: { fr: '/fr/accessibilite/', en: '/en/accessibility/' },
  legalNotice: { fr: '/fr/mentions-legales/', en: '/en/legal-notice/' },
  personalData: { fr: '/fr/donnees-personnelles/', en: '/en/personal-data/' },
} as const;

const TITLES = {
  accessibility: { fr: 'Déclaration d’accessibilité', en: 'Accessibility statement' },
  legalNotice: { fr: 'Mentions légales', en: 'Legal notice' },
  personalData: { fr: 'Données personnelles', en: 'Personal data' },
} as const;

type Lang = 'fr' | 'en';
const other = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

/** The footer's legal row of the page open in `page`: each link's text and address. */
async function legalRow(page: Page): Promise<{ text: string; href: string | null }[]> {
  return page
    .locator('footer [data-legal-links] a')
    .evaluateAll((links) => links.map((link) => ({ text: (link.textContent ?? '').trim(), href: link.getAttribute('href') })));
}

/** The Défenseur des droits' ways of contact, as the statement gives them in both languages. */
async function expectDefenderOfRights(page: Page): Promise<void> {
  const defender = page.locator('[data-defender]');
  await expect(defender.locator('a[href="https://formulaire.defenseurdesdroits.fr/"]')).toHaveCount(1);
  await expect(defender.locator('a[href="https://www.defenseurdesdroits.fr/"]')).toHaveCount(1);
  await expect(defender.locator('address')).toContainText('Libre réponse 71120');
  await expect(defender.locator('address')).toContainText('75342 Paris CEDEX 07');
}

test.describe('@fixture legal pages with every fact filled in', () => {
  for (const lang of ['fr', 'en'] as const) {
    test(`the ${lang} accessibility statement gives the audit, its status, the e-mail and the Défenseur des droits`, async ({
      readerPage: page,
    }) => {
      await page.goto(PAGES.accessibility[lang]);
      await expect(page.locator('h1')).toHaveText(TITLES.accessibility[lang]);
      await expect(page.locator('article')).toContainText(
        lang === 'fr' ? 'Son éditeur est Partenaire B.' : 'It is published by Partner B.',
      );
      await expect(page.locator('[data-conformity-status]')).toContainText(
        lang === 'fr' ? 'partiellement conforme' : 'partially compliant',
      );
      await expect(page.locator('[data-audit]')).toHaveText(
        lang === 'fr'
          ? 'L’audit réalisé le 15 janvier 2026 par Audit Fictif selon le RGAA 4.1.2 relève que 75,5\u00a0% des critères sont respectés.'
          : 'The audit carried out on January 15, 2026 by Audit Fictif against RGAA 4.1.2 found that 75.5% of the criteria are met.',
      );
      await expect(page.locator('[data-report] a[href="mailto:accessibilite@example.org"]')).toHaveCount(1);
      await expectDefenderOfRights(page);
    });

    test(`the ${lang} legal notice gives the publisher, the director and the host`, async ({ readerPage: page }) => {
      await page.goto(PAGES.legalNotice[lang]);
      await expect(page.locator('h1')).toHaveText(TITLES.legalNotice[lang]);
      const publisher = page.locator('[data-contact="publisher"]');
      await expect(publisher).toContainText(lang === 'fr' ? 'Partenaire B' : 'Partner B');
      await expect(publisher.locator('[data-note]')).toHaveText('Établissement fictif de test');
      await expect(publisher).toContainText('2, quai Fictif');
      await expect(publisher).toContainText('99000 Port-Fictif');
      await expect(publisher.locator('a[href="tel:+00987654321"]')).toHaveCount(1);
      await expect(page.locator('article')).toContainText('Camille Exemple, directrice fictive de la publication');
      const host = page.locator('[data-contact="host"]');
      for (const line of ['Hébergeur Fictif', '1, rue de l’Exemple', '99999 Villefictive', 'Pays fictif'])
        await expect(host).toContainText(line);
      await expect(host.locator('a[href="tel:+00123456789"]')).toHaveCount(1);
    });

    test(`the ${lang} personal-data page names the host, the controller, where to write and the CNIL`, async ({ readerPage: page }) => {
      await page.goto(PAGES.personalData[lang]);
      await expect(page.locator('h1')).toHaveText(TITLES.personalData[lang]);
      await expect(page.locator('article')).toContainText('Hébergeur Fictif');
      await expect(page.locator('[data-contact="controller"]')).toContainText(lang === 'fr' ? 'Partenaire A' : 'Partner A');
      await expect(page.locator('[data-rights] a[href="mailto:donnees@example.org"]')).toHaveCount(1);
      await expect(page.locator('a[href="https://www.cnil.fr/"]')).toHaveCount(1);
    });

    test(`the ${lang} legal pages are paired with their translations: hreflang and language toggle`, async ({ readerPage: page }) => {
      for (const kind of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
        await page.goto(PAGES[kind][lang]);
        await expect(page.locator(`link[rel="alternate"][hreflang="${other(lang)}"]`)).toHaveAttribute(
          'href',
          new RegExp(`${PAGES[kind][other(lang)]}$`),
        );
        await expect(page.locator('[data-language-toggle="header"]')).toHaveAttribute('href', PAGES[kind][other(lang)]);
        await page.locator('[data-language-toggle="header"]').click();
        await expect(page.locator('h1')).toHaveText(TITLES[kind][other(lang)]);
      }
    });
  }

  test('the sitemap lists the three pages in both languages, each with its translation', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const entries = sitemap.match(/<url>.*?<\/url>/gs) ?? [];
    for (const pair of Object.values(PAGES)) {
      for (const lang of ['fr', 'en'] as const) {
        const entry = entries.find((candidate) => candidate.includes(`${pair[lang]}</loc>`));
        expect(entry, pair[lang]).toContain(`hreflang="${other(lang)}" href="`);
        expect(entry, pair[lang]).toContain(`${pair[other(lang)]}"/>`);
      }
    }
  });

  test('every page’s footer gives the status line, then the legal notice and the personal-data page, in its language', async ({
    readerPage: page,
  }) => {
    for (const url of contentPagesOf(site('fixture'))) {
      await page.goto(url);
      const lang = languageOfUrl(url) as Lang;
      expect(await legalRow(page), url).toEqual([
        {
          text: lang === 'fr' ? 'Accessibilité\u00a0: partiellement conforme' : 'Accessibility: partially compliant',
          href: PAGES.accessibility[lang],
        },
        { text: TITLES.legalNotice[lang], href: PAGES.legalNotice[lang] },
        { text: TITLES.personalData[lang], href: PAGES.personalData[lang] },
      ]);
    }
  });
});

test.describe('@site legal pages while the ports have given no fact', () => {
  for (const lang of ['fr', 'en'] as const) {
    test(`the ${lang} accessibility statement says « non conforme » without an audit, and sends reports to the contact page`, async ({
      readerPage: page,
    }) => {
      await page.goto(PAGES.accessibility[lang]);
      await expect(page.locator('h1')).toHaveText(TITLES.accessibility[lang]);
      await expect(page.locator('[data-conformity-status]')).toContainText(lang === 'fr' ? 'non conforme' : 'not compliant');
      await expect(page.locator('[data-audit]')).toHaveCount(0);
      await expect(page.locator('article')).toContainText(lang === 'fr' ? 'Aucun audit de conformité' : 'No compliance audit');
      await expect(page.locator('[data-report] a')).toHaveAttribute('href', `/${lang}/contact/`);
      await expect(page.locator('article a[href^="mailto:"]')).toHaveCount(0);
      await expectDefenderOfRights(page);
    });

    test(`the ${lang} legal notice and personal-data page are not published while their facts are missing`, async ({ request }) => {
      for (const url of [PAGES.legalNotice[lang], PAGES.personalData[lang]]) expect((await request.get(url)).status(), url).toBe(404);
      const sitemap = await (await request.get('/sitemap.xml')).text();
      expect(sitemap).toContain(`${PAGES.accessibility[lang]}</loc>`);
      expect(sitemap).not.toContain(PAGES.legalNotice[lang]);
      expect(sitemap).not.toContain(PAGES.personalData[lang]);
    });
  }

  test('every page’s footer gives the status line « non conforme », and no link to the unpublished pages', async ({ readerPage: page }) => {
    for (const url of contentPagesOf(site('site'))) {
      await page.goto(url);
      const lang = languageOfUrl(url) as Lang;
      expect(await legalRow(page), url).toEqual([
        { text: lang === 'fr' ? 'Accessibilité\u00a0: non conforme' : 'Accessibility: not compliant', href: PAGES.accessibility[lang] },
      ]);
    }
  });

  test('the pages without that footer give the status line too: the chooser and the 404 page in each half’s language, the team’s page in its own', async ({
    readerPage: page,
  }) => {
    const statusOf = (lang: Lang) => ({
      text: lang === 'fr' ? 'Accessibilité\u00a0: non conforme' : 'Accessibility: not compliant',
      href: PAGES.accessibility[lang],
    });
    for (const url of ['/', '/cette-page-n-existe-pas/']) {
      await page.goto(url);
      expect(await legalRow(page), url).toEqual([statusOf('fr'), statusOf('en')]);
      for (const lang of ['fr', 'en'] as const) {
        await expect(page.locator(`footer [data-legal-links] [lang="${lang}"] a`), url).toHaveAttribute('href', PAGES.accessibility[lang]);
      }
    }
    await page.goto('/translations/');
    expect(await legalRow(page)).toEqual([statusOf('fr')]);
  });

  test('the team’s status page lists, before going live, the facts each unpublished page waits for', async ({ readerPage: page }) => {
    await page.goto('/translations/');
    const waiting = page.locator('[data-waiting-pages]');
    await expect(waiting.locator('h2')).toHaveText(
      'Avant la mise en ligne\u00a0: des pages attendent des renseignements de content/legal.yaml.',
    );
    await expect(waiting.locator('[data-waiting="legal-notice"] [data-fact]')).toHaveCount(8);
    await expect(waiting.locator('[data-waiting="legal-notice"] [data-fact="director"]')).toContainText(
      'directeur ou la directrice de la publication',
    );
    await expect(waiting.locator('[data-waiting="personal-data"] [data-fact]')).toHaveCount(3);
    await expect(page.locator('tr[data-key="legal-notice"]')).toHaveCount(0);
  });
});
