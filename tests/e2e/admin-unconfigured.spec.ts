import { expect, test } from '@playwright/test';
import { cmsText } from '../../src/lib/cms/labels.ts';
import { originOf, sites, tagOf } from './sites.ts';

/*
 * The web editor of a build that knew no repository to edit (what `npm start`
 * serves outside a clone of the GitHub repository): the fixture site is built
 * so (tests/e2e/build-sites.ts). Editors must get a page in French saying how
 * to give it one, never Sveltia CMS's own error in English.
 */
const site = sites.find((candidate) => candidate.withoutRepository)!;
const text = cmsText.unconfigured;

test(`${tagOf(site)} web editor without a repository: a page in French says what to set and where, and no CMS error`, async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: `${originOf(site)}/`, javaScriptEnabled: true, locale: 'fr-FR' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const loaded: string[] = [];
  page.on('response', (response) => loaded.push(new URL(response.url()).pathname));
  await page.goto('admin/', { waitUntil: 'networkidle' });

  await expect(page.getByRole('heading', { level: 1, name: text.title })).toBeVisible();
  for (const paragraph of [text.lead, text.ask, text.files]) await expect(page.getByText(paragraph, { exact: true })).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveText(text.ways);
  await expect(page.getByRole('listitem').filter({ hasText: 'CMS_REPOSITORY' })).toHaveCount(1);
  await expect(page.getByRole('listitem').filter({ hasText: 'GitHub Actions ou sur Netlify' })).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // Sveltia CMS's error screen, and the CMS itself, which is not even loaded.
  await expect(page.getByText(/backend\.repo|repository is not defined/i)).toHaveCount(0);
  expect(loaded.filter((path) => path.endsWith('.woff2'))).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
