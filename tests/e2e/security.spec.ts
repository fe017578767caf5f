import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Response, test } from '@playwright/test';
import { filesBelow } from '../../src/lib/files-below.ts';
import { headersFor, readHeaderRules } from '../helpers/headers-file.ts';
import { startStaticHost } from '../helpers/static-host.ts';
import { rootSites, tagOf, templatePagesOf } from './sites.ts';

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
    for (const url of [...templatePagesOf(site), `${site.basePath}cette-page-n-existe-pas/`]) {
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
        // Cookie headers are only in allHeaders(), which is asynchronous: each is awaited at the end,
        // after the listener is removed, so no late response asks for headers of a closing page.
        const cookies: Promise<string | undefined>[] = [];
        const collectCookie = (answer: Response) => {
          cookies.push(answer.allHeaders().then((headers) => headers['set-cookie'] && `${answer.url()}: ${headers['set-cookie']}`));
        };
        page.on('response', collectCookie);

        const response = await page.goto(url);
        const expected = headersFor(await readHeaderRules(site.outDir), url);
        expect(Object.keys(expected)).toContain('X-Frame-Options');
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
        page.off('response', collectCookie);
        expect((await Promise.all(cookies)).filter(Boolean), 'Set-Cookie headers').toEqual([]);
        expect(await page.context().cookies(), 'cookies the page set').toEqual([]);
      });
    }
  });
}

/*
 * SVG files, opened on their own: documents of the site's origin. Every one
 * the site publishes (the map drawings, the favicon, content images in
 * /_astro/) comes with a policy that lets it run and load nothing, and
 * still shows as drawn; and the policy really stops an active SVG, should
 * one ever get past the content check (src/lib/check/images.ts).
 */
for (const site of rootSites) {
  test.describe(`${tagOf(site)} SVG files`, () => {
    test('are each served with a policy that runs and loads nothing, and show without a violation', async ({ page }) => {
      const svgs = filesBelow(site.outDir).filter((file) => file.endsWith('.svg'));
      expect(svgs.some((file) => /carte-du-corridor/.test(file))).toBe(true);
      for (const file of svgs) {
        const errors: string[] = [];
        const listener = (message: { type(): string; text(): string }) => {
          if (message.type() === 'error') errors.push(message.text());
        };
        page.on('console', listener);
        const response = await page.goto(`${site.basePath}${file}`);
        const headers = response?.headers() ?? {};
        expect(headers['content-security-policy'], file).toMatch(/^default-src 'none';/);
        expect(headers['x-content-type-options'], file).toBe('nosniff');
        await expect(page.locator('svg').first()).toBeVisible();
        page.off('console', listener);
        expect(errors, file).toEqual([]);
      }
    });

    test('stops the script of an active SVG served under the site’s own headers', async ({ page }, testInfo) => {
      // A copy of the built _headers, serving one active SVG, as the site's host would.
      const folder = mkdtempSync(join(tmpdir(), 'active-svg-'));
      copyFileSync(join(site.outDir, '_headers'), join(folder, '_headers'));
      copyFileSync(join(site.outDir, '404.html'), join(folder, '404.html'));
      writeFileSync(
        join(folder, 'logo.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="document.documentElement.setAttribute(\'data-ran\', \'onload\')">' +
          '<script>document.documentElement.setAttribute("data-ran", "script")</script><rect width="10" height="10"/></svg>',
      );
      const port = Number(process.env.E2E_PORT_BASE || 4400) + 20 + testInfo.parallelIndex;
      const host = await startStaticHost(folder, port);
      try {
        const blocked: string[] = [];
        page.on('console', (message) => blocked.push(message.text()));
        await page.goto(`http://localhost:${port}/logo.svg`);
        await expect(page.locator('rect')).toBeAttached();
        expect(await page.evaluate(() => document.documentElement.getAttribute('data-ran'))).toBeNull();
        expect(blocked.join('\n')).toMatch(/Content Security Policy/);
      } finally {
        host.close();
      }
    });
  });
}
