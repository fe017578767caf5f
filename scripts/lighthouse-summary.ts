/**
 * Writes reports/lighthouse/summary.md after a Lighthouse CI run
 * (scripts/lighthouse.sh): each page's scores, the median run's first and
 * every run's after it, then what `lhci assert` found short. It reads what
 * lhci wrote: reports/lighthouse/manifest.json (`lhci upload`) and
 * .lighthouseci/assertion-results.json (`lhci assert`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** One run of one page, as `lhci upload` lists it. */
interface ManifestEntry {
  url: string;
  isRepresentativeRun: boolean;
  jsonPath: string;
  summary: Record<string, number>;
}

/** One failed assertion, as `lhci assert` saves it. */
interface AssertionResult {
  url: string;
  name: string;
  auditProperty?: string;
  auditId?: string;
  operator: string;
  expected: number;
  actual: number;
  passed: boolean;
}

const reportDir = 'reports/lighthouse';
const assertionsFile = '.lighthouseci/assertion-results.json';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const pathOf = (url: string) => new URL(url).pathname;
const percent = (score: number | undefined) => (score === undefined ? '–' : String(Math.round(score * 100)));

function scoresTable(runs: readonly ManifestEntry[]): string {
  const pages = [...new Set(runs.map((run) => run.url))];
  const row = (url: string) => {
    const pageRuns = runs.filter((run) => run.url === url).sort((a, b) => Number(b.isRepresentativeRun) - Number(a.isRepresentativeRun));
    const cell = (category: string) => {
      const [median, ...others] = pageRuns.map((run) => percent(run.summary[category]));
      return others.length > 0 ? `**${median}** (${others.join(', ')})` : `**${median}**`;
    };
    return `| ${pathOf(url)} | ${categories.map(cell).join(' | ')} |`;
  };
  return [`| Page | ${categories.join(' | ')} |`, `| --- |${categories.map(() => ' --: |').join('')}`, ...pages.map(row)].join('\n');
}

function shortfalls(results: readonly AssertionResult[]): string {
  const failed = results.filter((result) => !result.passed);
  if (failed.length === 0) return 'Every page reaches its thresholds and budgets.';
  return failed
    .map((result) => {
      const what = [result.auditId, result.auditProperty, result.name].filter(Boolean).join(' ');
      return `- ${pathOf(result.url)}: ${what}: ${result.actual}, expected ${result.operator} ${result.expected}`;
    })
    .join('\n');
}

const runs = readJson<ManifestEntry[]>(`${reportDir}/manifest.json`);
const lighthouseVersion = runs[0] ? readJson<{ lighthouseVersion: string }>(runs[0].jsonPath).lighthouseVersion : '?';
const runsPerPage = runs.filter((run) => run.url === runs[0]?.url).length;
const assertions = existsSync(assertionsFile) ? readJson<AssertionResult[]>(assertionsFile) : [];
const summary = [
  `# Lighthouse ${lighthouseVersion}, mobile (simulated throttling), ${runsPerPage} run${runsPerPage === 1 ? '' : 's'} per page`,
  '',
  'In bold the run lhci takes as representative (the median one), then the others; the thresholds',
  '(tests/lighthouse/thresholds.json) apply to the median of each category. Every report is in',
  `${reportDir}/ (HTML, and JSON for the [Lighthouse viewer](https://googlechrome.github.io/lighthouse/viewer/)).`,
  '',
  scoresTable(runs),
  '',
  '## Thresholds and budgets (lighthouserc.cjs)',
  '',
  shortfalls(assertions),
  '',
].join('\n');
writeFileSync(`${reportDir}/summary.md`, summary);
console.log(`\n${summary}`);
