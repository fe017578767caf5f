import { expect, test, type Response } from '@playwright/test';
import { offlineEditor, watchPage, type EditorWatch } from '../../scripts/lib/web-editor-session.ts';
import { gzipSize } from './page-weight.ts';
import { originOf, sites, tagOf } from './sites.ts';

/*
 * The web editor's first load: everything Chromium loads for /admin/ until
 * its sign-in screen shows, each file gzipped as page-weight.ts weighs the
 * site's pages. Communications staff open it on ordinary connections; it
 * weighed 1,447 KB (as measured here) before its icon font was cut to the icons it uses
 * (src/integrations/web-editor/icon-font.ts).
 */
const FIRST_LOAD_LIMIT = 800 * 1024;

const site = sites.find((candidate) => candidate.name === 'site')!;

test(`${tagOf(site)} web editor: the first load up to the sign-in screen is at most 800 KB gzipped`, async ({ browser }) => {
  const origin = originOf(site);
  const context = await browser.newContext({ baseURL: `${origin}/`, javaScriptEnabled: true, locale: 'fr-FR' });
  // The sign-in screen of the test repository, whatever repository the build knew: the same app, fonts and styles.
  const watch: EditorWatch = await offlineEditor(context, origin);
  const page = await context.newPage();
  watchPage(page, watch);
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  await page.goto('admin/');
  await page.getByRole('button', { name: /dépôt de test/i }).waitFor();
  await page.waitForLoadState('networkidle');

  const sizes = await Promise.all(responses.map(async (response) => ({ url: response.url(), gzip: gzipSize(await response.body()) })));
  const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
  const heaviest = sizes
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 5)
    .map(({ url, gzip }) => `${Math.round(gzip / 1024)} KB ${new URL(url).pathname}`);
  console.log(`/admin/ first load: ${Math.round(total / 1024)} KB gzipped; heaviest: ${heaviest.join(', ')}`);
  expect(total, `/admin/ first load, gzipped; heaviest files: ${heaviest.join(', ')}`).toBeLessThanOrEqual(FIRST_LOAD_LIMIT);
  expect(watch.errors).toEqual([]);
  expect(watch.otherOrigins).toEqual([]);
  await context.close();
});
