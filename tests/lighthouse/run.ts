/**
 * `npm run lighthouse`: builds the real content, serves it with
 * `astro preview`, runs Lighthouse (mobile, simulated throttling: its
 * defaults) on the pages of tests/lighthouse/pages.ts, writes
 * reports/lighthouse/summary.{md,json} and each run's full report, and
 * exits non-zero when a page's median score falls below
 * tests/lighthouse/thresholds.json.
 *
 * LIGHTHOUSE_RUNS (default 3) runs per page, of which the median counts;
 * LIGHTHOUSE_PORT (default E2E_PORT_BASE + 2, next to the e2e sites) is
 * where the site is served.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { auditedPages } from './pages.ts';
import {
  categories,
  medianScores,
  parseThresholds,
  scoresOf,
  shortfalls,
  summaryTable,
  type PageScores,
  type Scores,
} from './scores.ts';
import { systemChromium } from '../../scripts/chromium-path.ts';
import { startPreview } from './preview-server.ts';

const runs = Number(process.env.LIGHTHOUSE_RUNS || 3);
const port = Number(process.env.LIGHTHOUSE_PORT || Number(process.env.E2E_PORT_BASE || 4400) + 2);
const origin = `http://localhost:${port}`;
const outDir = 'dist-lighthouse';
const reportDir = 'reports/lighthouse';
// This machine's network may be closed: nothing in Chromium may call home.
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const thresholds = parseThresholds(readFileSync('tests/lighthouse/thresholds.json', 'utf8'));

console.log(`Building the site for ${origin} into ${outDir}`);
execFileSync('npx', ['astro', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, SITE_URL: origin },
});
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const preview = await startPreview(outDir, port);
const chrome = await chromeLauncher.launch({
  chromePath: systemChromium(process.env) ?? chromium.executablePath(),
  chromeFlags,
});
const results: PageScores[] = [];
const errors: string[] = [];
try {
  for (const page of auditedPages) {
    const pageRuns: Scores[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const result = await lighthouse(`${origin}${page.url}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}.`);
      writeFileSync(`${reportDir}/${page.name}-${run}.json`, String(result.report));
      if (result.lhr.runtimeError) errors.push(`${page.url}: ${result.lhr.runtimeError.message}`);
      pageRuns.push(scoresOf(result.lhr));
    }
    results.push({ name: page.name, url: page.url, median: medianScores(pageRuns), runs: pageRuns });
    console.log(
      `${page.url}: ${categories.map((category) => `${category} ${results.at(-1)?.median[category]}`).join(', ')}`,
    );
  }
} finally {
  chrome.kill();
  preview.kill();
}

const failures = [...errors, ...shortfalls(results, thresholds)];
const summary = [
  `# Lighthouse, mobile (simulated throttling), median of ${runs} run${runs === 1 ? '' : 's'} per page`,
  '',
  summaryTable(results, thresholds),
  '',
  failures.length === 0 ? 'Every page reaches its thresholds.' : failures.map((failure) => `- ${failure}`).join('\n'),
  '',
].join('\n');
writeFileSync(`${reportDir}/summary.md`, summary);
writeFileSync(
  `${reportDir}/summary.json`,
  `${JSON.stringify({ runs, thresholds, pages: results, failures }, null, 2)}\n`,
);
console.log(`\n${summary}\nFull reports in ${reportDir}/.`);
if (failures.length > 0) process.exit(1);
