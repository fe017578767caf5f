import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { pagesOf, rootSites, tagOf } from './sites.ts';

/*
 * Every page, with JavaScript on, served with the headers of the built
 * `_headers` file (as Netlify or Cloudflare Pages would send them; astro
 * preview does not read it) plus its own CSP <meta>: Chromium must report
 * no Content-Security-Policy violation and load nothing from elsewhere, on
 * the search pages while searching too.
 */
test.use({ javaScriptEnabled: true });

for (const site of rootSites) {
  const rules = parseHeadersFile(readFileSync(join(site.outDir, '_headers'), 'utf8'));

  test.describe(`${tagOf(site)} security headers`, () => {
    for (const url of pagesOf(site)) {
      test(`${url} loads under the Content-Security-Policy without a violation`, async ({ page }) => {
        await page.route('**/*', async (route) => {
          const response = await route.fetch();
          const path = new URL(route.request().url()).pathname;
          await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, path) } });
        });
        const violations: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
        });
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) => {
            console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
          });
        });
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));

        const response = await page.goto(url);
        expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(response?.headers()['x-content-type-options']).toBe('nosniff');
        await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
        await page.waitForLoadState('networkidle');
        const searchbox = page.getByRole('searchbox');
        if ((await searchbox.count()) > 0) {
          // The search page: Pagefind's WebAssembly, worker and index requests must pass the policy too.
          await searchbox.fill('HAROPA');
          await searchbox.press('Enter');
          // Pagefind has loaded and answered once the status line gives a count.
          await expect(page.getByRole('status')).toHaveText(/^(\d+ (results?|résultats?)|No results|Aucun résultat)\.$/);
        }
        expect(violations).toEqual([]);
        const origin = new URL(page.url()).origin;
        expect(requests.filter((request) => !request.startsWith(origin) && !request.startsWith('data:'))).toEqual([]);
      });
    }
  });
}
