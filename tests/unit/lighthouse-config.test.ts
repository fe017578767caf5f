import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
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
    expect(ci.upload).toEqual({ target: 'filesystem', outputDir: 'reports/lighthouse' });
    expect(readFileSync('scripts/lighthouse-summary.ts', 'utf8')).toContain("const reportDir = 'reports/lighthouse';");
  });
});
