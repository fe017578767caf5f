import { expect, test } from '@playwright/test';
import { headersFor, readHeaderRules } from '../helpers/headers-file.ts';
import { pagesOf, rootSites, tagOf } from './sites.ts';

/*
 * Every page, and the 404 page, with JavaScript on, as a host that honours
 * `_headers` serves it (tests/helpers/static-host.ts serves the test sites):
 * the response carries every header of the built `_headers` file, and
 * Chromium logs no error and no Content-Security-Policy violation under that
 * header and the page's own CSP <meta>, loading nothing from elsewhere and
 * setting no cookie (what the personal-data page promises readers); on
 * the search pages while searching too, since only their <meta> lets
 * Pagefind run WebAssembly.
 */
test.use({ javaScriptEnabled: true });

const WASM = "'wasm-unsafe-eval'";

for (const site of rootSites) {
  test.describe(`${tagOf(site)} security headers`, () => {
    for (const url of [...pagesOf(site), `${site.basePath}cette-page-n-existe-pas/`]) {
      test(`${url} loads with the expected headers, without an error or a policy violation`, async ({ page }) => {
        const errors: string[] = [];
        page.on('console', (message) => {
          // The 404 page's own status is logged as an error: that one is expected.
          if (message.location().url === page.url() && message.text().includes('status of 404')) return;
          if (message.type() === 'error' || /Content.Security.Policy|Permissions.Policy/i.test(message.text())) {
            errors.push(`${message.text()} (${message.location().url})`);
          }
        });
        page.on('pageerror', (error) => errors.push(error.message));
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) => {
            console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
          });
        });
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        // Cookie headers are only in allHeaders(), which is asynchronous: each is awaited at the end.
        const cookies: Promise<string | undefined>[] = [];
        page.on('response', (answer) => {
          cookies.push(answer.allHeaders().then((headers) => headers['set-cookie'] && `${answer.url()}: ${headers['set-cookie']}`));
        });

        const response = await page.goto(url);
        const expected = headersFor(await readHeaderRules(site.outDir), url);
        expect(Object.keys(expected)).toContain('Content-Security-Policy');
        const received = response?.headers() ?? {};
        for (const [name, value] of Object.entries(expected)) expect(received[name.toLowerCase()], name).toBe(value);

        const meta = page.locator('meta[http-equiv="content-security-policy"]');
        await expect(meta).toHaveCount(1);
        const searchbox = page.getByRole('searchbox');
        const isSearchPage = (await page.locator('body[data-page-script="search"]').count()) > 0;
        expect((await meta.getAttribute('content'))?.includes(WASM), `${WASM} in the <meta>`).toBe(isSearchPage);
        if (isSearchPage) {
          // Pagefind's WebAssembly, worker and index requests must pass the policy too.
          await searchbox.fill('HAROPA');
          await searchbox.press('Enter');
          // Pagefind has loaded and answered once the status line gives a count.
          await expect(page.getByRole('status')).toHaveText(/^(\d+ (results?|résultats?)|No results|Aucun résultat)\.$/);
        }
        expect(errors).toEqual([]);
        const origin = new URL(page.url()).origin;
        expect(requests.filter((request) => !request.startsWith(origin) && !request.startsWith('data:'))).toEqual([]);
        expect((await Promise.all(cookies)).filter(Boolean), 'Set-Cookie headers').toEqual([]);
        expect(await page.context().cookies(), 'cookies the page set').toEqual([]);
      });
    }
  });
}
