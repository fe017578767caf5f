/**
 * Lighthouse CI, run by `npm run lighthouse` (scripts/lighthouse.sh) on the
 * real content built into dist-lighthouse/ (or LIGHTHOUSE_SITE, a build of it
 * made already): Lighthouse's defaults (mobile, simulated throttling),
 * LIGHTHOUSE_RUNS runs (default 3) of each page of tests/lighthouse/pages.ts. It fails when the median score of a category
 * falls below tests/lighthouse/thresholds.json, or a page outgrows the
 * resource budgets below; every run's report goes to reports/lighthouse/.
 */
const { chromium } = require('@playwright/test');
const { systemChromium } = require('./scripts/chromium-path.ts');
const { auditedPages } = require('./tests/lighthouse/pages.ts');
const thresholds = require('./tests/lighthouse/thresholds.json');

const KB = 1024;
const median = { aggregationMethod: 'median' };

/** Fails when the median of `auditProperty` over the runs exceeds `max`. */
const atMost = (max) => ['error', { ...median, maxNumericValue: max }];

module.exports = {
  ci: {
    collect: {
      staticDistDir: process.env.LIGHTHOUSE_SITE || 'dist-lighthouse',
      url: auditedPages.map((page) => page.url),
      numberOfRuns: Number(process.env.LIGHTHOUSE_RUNS || 3),
      // The Chromium Playwright uses (scripts/setup.sh installs it).
      chromePath: systemChromium(process.env) ?? chromium.executablePath(),
      settings: {
        onlyCategories: Object.keys(thresholds),
        // This machine's network may be closed: nothing in Chromium may call home.
        chromeFlags: '--no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
        // The picture of the whole page only illustrates elements in the HTML report: no score or
        // budget reads it, and it took about 1 s of each run's 6 (Lighthouse's own timing, busy machine).
        disableFullPageScreenshot: true,
      },
    },
    assert: {
      assertions: {
        ...Object.fromEntries(
          Object.entries(thresholds).map(([category, score]) => [
            `categories:${category}`,
            ['error', { ...median, minScore: score / 100 }],
          ]),
        ),
        // Budgets, in bytes sent (compressed): the page with its inline CSS in
        // one round trip (14 KB, as tests/e2e/budgets.spec.ts), no script and
        // nothing from another origin on these pages.
        'resource-summary:document:size': atMost(14 * KB),
        'resource-summary:stylesheet:size': atMost(0),
        'resource-summary:script:count': atMost(0),
        'resource-summary:third-party:count': atMost(0),
        'resource-summary:total:size': atMost(60 * KB),
      },
    },
    upload: {
      target: 'filesystem',
      outputDir: 'reports/lighthouse',
    },
  },
};
