import { availableParallelism } from 'node:os';
import { defineConfig, devices, type Project } from '@playwright/test';
import { testChromium } from './scripts/chromium-path.ts';
import { pinnedFontsEnv } from './scripts/lib/pinned-fonts.ts';
import { builtSites, originOf, sites, tagOf, type BuiltSite } from './tests/e2e/sites.ts';

/**
 * End-to-end tests run against the built site, served the way a static host
 * would serve it: the real content, and a fixture content folder holding the
 * cases the real content lacks (see tests/fixtures/README.md).
 * `tests/e2e/build-sites.ts` builds them before the tests start (tests/e2e/sites.ts).
 */

const chromiumPath = testChromium(process.env);
const executable = chromiumPath ? { executablePath: chromiumPath } : {};
// None on the content path (tests/e2e/sites.ts), which takes no screenshots.
const realContent = sites.find((site) => site.name === 'site');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // One worker per processor, and two at least: Playwright would use one on a
  // 2-core CI machine, and the pages being static, two share it well.
  workers: Math.max(2, availableParallelism()),
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The HTML report shows a failed screenshot's expected, actual and diff images: `npx playwright show-report`.
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    // Content pages must work without JavaScript: every test runs with it off.
    javaScriptEnabled: false,
    launchOptions: executable,
  },
  projects: [
    // One project per built site; each runs the tests tagged with its name.
    ...builtSites.map((site) => ({
      name: site.name,
      grep: new RegExp(`${tagOf(site)}\\b`),
      use: { baseURL: originOf(site) },
    })),
    // Screenshots of the real content (tests tagged @visual), compared with the
    // committed baselines; `npm run test:visual:update` rewrites those that changed.
    ...(realContent ? [visualProject(realContent)] : []),
  ],
  // Served as Netlify or Cloudflare Pages would, with the site's _headers applied.
  webServer: builtSites.map((site) => ({
    command: `node --experimental-strip-types --no-warnings=ExperimentalWarning tests/helpers/static-host.ts ${site.outDir} ${site.port} ${site.basePath}`,
    url: `${originOf(site)}${site.basePath}`,
    reuseExistingServer: !process.env.CI,
  })),
});

/** The project of the screenshots, of the real content's site. */
function visualProject(realContent: BuiltSite): Project {
  return {
    name: 'visual',
    grep: /@visual\b/,
    use: {
      baseURL: originOf(realContent),
      // Only the fonts the project installs, whatever the machine has (scripts/lib/pinned-fonts.ts).
      launchOptions: { ...executable, env: { ...process.env, ...pinnedFontsEnv() } },
    },
    // Readable names, the same on every platform: tests/e2e/__screenshots__/home-fr-320-dark.png.
    snapshotPathTemplate: '{testDir}/__screenshots__/{arg}{ext}',
    expect: {
      // A full page at 1280 px takes a while on a busy 2-core machine.
      timeout: 15_000,
      toHaveScreenshot: {
        animations: 'disabled',
        caret: 'hide',
        scale: 'css',
        // Fonts are pinned, but a newer Chromium (Skia) may still smooth glyph
        // edges and curves a little differently. So a pixel counts as changed
        // only past a colour distance of 0.2 (Playwright's default), and a page
        // fails when more than 1 % of its pixels change: a moved or resized
        // block, a new colour or spacing does; a changed word may not, and the
        // other suites check the text.
        threshold: 0.2,
        maxDiffPixelRatio: 0.01,
      },
    },
  };
}
