import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { systemChromium } from './scripts/chromium-path.ts';
import { originOf, sites, tagOf } from './tests/e2e/sites.ts';

/**
 * End-to-end tests run against the built site, served the way a static host
 * would serve it: the real content, and a fixture content folder holding the
 * cases the real content lacks (see tests/fixtures/README.md).
 * `tests/e2e/build-sites.ts` builds them before the tests start (tests/e2e/sites.ts).
 */

const chromiumPath = systemChromium(process.env);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // One worker per processor, and two at least: Playwright would use one on a
  // 2-core CI machine, and the pages being static, two share it well.
  workers: Math.max(2, availableParallelism()),
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    ...devices['Desktop Chrome'],
    // Content pages must work without JavaScript: every test runs with it off.
    javaScriptEnabled: false,
    launchOptions: chromiumPath ? { executablePath: chromiumPath } : {},
  },
  // One project per built site; each runs the tests tagged with its name.
  projects: sites.map((site) => ({
    name: site.name,
    grep: new RegExp(`${tagOf(site)}\\b`),
    use: { baseURL: originOf(site) },
  })),
  // Served as Netlify or Cloudflare Pages would, with the site's _headers applied.
  webServer: sites.map((site) => ({
    command: `node --experimental-strip-types --no-warnings=ExperimentalWarning tests/helpers/static-host.ts ${site.outDir} ${site.port} ${site.basePath}`,
    url: `${originOf(site)}${site.basePath}`,
    reuseExistingServer: !process.env.CI,
  })),
});
