import { describe, expect, it } from 'vitest';
import {
  medianScores,
  parseThresholds,
  scoresOf,
  shortfalls,
  summaryTable,
  type Scores,
} from '../lighthouse/scores.ts';

const perfect: Scores = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };

describe('scoresOf', () => {
  it('reads the four categories as 0–100, an unscored category as 0', () => {
    const lhr = {
      categories: {
        performance: { score: 0.987 },
        accessibility: { score: 1 },
        'best-practices': { score: null },
        seo: { score: 0.92 },
      },
    };
    expect(scoresOf(lhr)).toEqual({ performance: 99, accessibility: 100, 'best-practices': 0, seo: 92 });
  });

  it('counts a category missing from the result as 0', () => {
    expect(scoresOf({ categories: {} })).toEqual({ performance: 0, accessibility: 0, 'best-practices': 0, seo: 0 });
  });
});

describe('medianScores', () => {
  it('takes the middle run of each category on its own', () => {
    const runs = [
      { ...perfect, performance: 97 },
      { ...perfect, performance: 100, seo: 90 },
      { ...perfect, performance: 99 },
    ];
    expect(medianScores(runs)).toEqual({ ...perfect, performance: 99 });
  });

  it('takes the lower middle run of an even count', () => {
    expect(medianScores([{ ...perfect, performance: 98 }, perfect]).performance).toBe(98);
  });

  it('refuses to make up scores from no run', () => {
    expect(() => medianScores([])).toThrow(/No Lighthouse run/);
  });
});

describe('parseThresholds', () => {
  it('reads a minimum per category', () => {
    expect(parseThresholds(JSON.stringify(perfect))).toEqual(perfect);
  });

  it('names a missing or impossible threshold', () => {
    expect(() => parseThresholds('{"performance": 100}')).toThrow(/"accessibility"/);
    expect(() => parseThresholds(JSON.stringify({ ...perfect, seo: 101 }))).toThrow(/"seo"/);
  });
});

describe('shortfalls and summaryTable', () => {
  const pages = [
    { name: 'home-fr', url: '/fr/', median: perfect, runs: [perfect] },
    { name: 'home-en', url: '/en/', median: { ...perfect, seo: 92 }, runs: [{ ...perfect, seo: 92 }] },
  ];

  it('lists every score under its threshold, naming the page', () => {
    expect(shortfalls(pages, perfect)).toEqual(['/en/: seo 92, below 100']);
    expect(shortfalls(pages, { ...perfect, seo: 90 })).toEqual([]);
  });

  it('marks the scores under their threshold in the table', () => {
    const table = summaryTable(pages, perfect);
    expect(table).toContain('| home-fr | /fr/ | 100 | 100 | 100 | 100 |');
    expect(table).toContain('| home-en | /en/ | 100 | 100 | 100 | 92 ✗ |');
  });
});
