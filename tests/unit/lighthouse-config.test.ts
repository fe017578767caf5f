import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnLimited } from '../helpers/command-limit.ts';
import { auditedPages } from '../lighthouse/pages.ts';

/* lighthouserc.cjs, as Lighthouse CI loads it: the committed pages, thresholds and budgets. */

interface Assertion {
  aggregationMethod?: string;
  minScore?: number;
  maxNumericValue?: number;
}
interface LighthouseRc {
  ci: {
    collect: { staticDistDir: string; url: string[]; numberOfRuns: number; chromePath: string };
    assert: { assertions: Record<string, ['error', Assertion]> };
    upload: { target: string; outputDir: string };
  };
}

const { ci } = createRequire(import.meta.url)('../../lighthouserc.cjs') as LighthouseRc;
const thresholds = JSON.parse(readFileSync('tests/lighthouse/thresholds.json', 'utf8')) as Record<string, number>;

describe('lighthouserc.cjs', () => {
  it('audits the pages of tests/lighthouse/pages.ts, three runs each, on the built site', () => {
    expect(ci.collect.url).toEqual(auditedPages.map((page) => page.url));
    expect(ci.collect.staticDistDir).toBe('dist-lighthouse');
    expect(ci.collect.numberOfRuns).toBe(Number(process.env.LIGHTHOUSE_RUNS || 3));
    expect(ci.collect.chromePath).toBeTruthy();
  });

  it('fails when the median score of a category falls below its threshold', () => {
    expect(Object.keys(thresholds).sort()).toEqual(['accessibility', 'best-practices', 'performance', 'seo']);
    for (const [category, score] of Object.entries(thresholds)) {
      expect(ci.assert.assertions[`categories:${category}`]).toEqual(['error', { aggregationMethod: 'median', minScore: score / 100 }]);
    }
  });

  it('holds each page to resource budgets: one round trip of HTML, no script, nothing from elsewhere', () => {
    const max = (audit: string) => ci.assert.assertions[`resource-summary:${audit}`]?.[1].maxNumericValue;
    expect(max('document:size')).toBe(14 * 1024);
    expect(max('script:count')).toBe(0);
    expect(max('third-party:count')).toBe(0);
    expect(max('total:size')).toBeGreaterThan(0);
  });

  it('writes every run’s report where the summary reads them', () => {
    expect(ci.upload.target).toBe('filesystem');
    // One run, as lhci upload lists it in the folder lighthouserc.cjs names; the summary is written beside it.
    const project = resolve('.cache/lighthouse-summary');
    const reports = join(project, ci.upload.outputDir);
    rmSync(project, { recursive: true, force: true });
    mkdirSync(reports, { recursive: true });
    writeFileSync(join(reports, 'run.json'), JSON.stringify({ lighthouseVersion: '13.5.0' }));
    const summary = { performance: 1, accessibility: 0.97, 'best-practices': 1, seo: 1 };
    writeFileSync(
      join(reports, 'manifest.json'),
      JSON.stringify([{ url: 'http://localhost/fr/', isRepresentativeRun: true, jsonPath: join(reports, 'run.json'), summary }]),
    );
    const result = spawnLimited(process.execPath, [resolve('scripts/lighthouse-summary.ts')], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(reports, 'summary.md'), 'utf8')).toContain('| /fr/ | **100** | **97** | **100** | **100** |');
  });
});
