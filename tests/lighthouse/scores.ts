/**
 * Lighthouse scores as the gate reads them: four categories, 0 to 100, the
 * median of several runs per page, compared with the committed thresholds.
 */

/** The Lighthouse categories the gate scores, in the order reports show them. */
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** One of the scored Lighthouse categories. */
export type Category = (typeof categories)[number];
/** A score per category, 0 to 100. */
export type Scores = Record<Category, number>;

/** The audited page's median scores, and each run's. */
export interface PageScores {
  name: string;
  url: string;
  median: Scores;
  runs: Scores[];
}

/** The categories of a Lighthouse result as 0–100 scores; a category Lighthouse could not score counts 0. */
export function scoresOf(lhr: { categories: Record<string, { score: number | null } | undefined> }): Scores {
  const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  return Object.fromEntries(categories.map((category) => [category, score(category)])) as Scores;
}

/** The median of each category over `runs` (the lower middle value for an even count: never flattering). */
export function medianScores(runs: readonly Scores[]): Scores {
  if (runs.length === 0) throw new Error('No Lighthouse run to take the median of.');
  const median = (category: Category) => {
    const sorted = runs.map((run) => run[category]).sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  };
  return Object.fromEntries(categories.map((category) => [category, median(category)])) as Scores;
}

/** Reads the thresholds file's content: a 0–100 minimum for each category. */
export function parseThresholds(json: string): Scores {
  const data = JSON.parse(json) as Record<string, unknown>;
  for (const category of categories) {
    const value = data[category];
    if (typeof value !== 'number' || value < 0 || value > 100) {
      throw new Error(`The Lighthouse thresholds need "${category}": a number from 0 to 100.`);
    }
  }
  return Object.fromEntries(categories.map((category) => [category, data[category]])) as Scores;
}

/** Every median score below its threshold, in words that name the page. */
export function shortfalls(pages: readonly PageScores[], thresholds: Scores): string[] {
  return pages.flatMap((page) =>
    categories
      .filter((category) => page.median[category] < thresholds[category])
      .map((category) => `${page.url}: ${category} ${page.median[category]}, below ${thresholds[category]}`),
  );
}

/** The summary as a Markdown table: one row per page, the median score per category, ✗ under the threshold. */
export function summaryTable(pages: readonly PageScores[], thresholds: Scores): string {
  const cell = (page: PageScores, category: Category) =>
    `${page.median[category]}${page.median[category] < thresholds[category] ? ' ✗' : ''}`;
  return [
    `| page | URL | ${categories.join(' | ')} |`,
    `| --- | --- |${categories.map(() => ' --: |').join('')}`,
    `| *threshold* | | ${categories.map((category) => thresholds[category]).join(' | ')} |`,
    ...pages.map((page) => `| ${page.name} | ${page.url} | ${categories.map((c) => cell(page, c)).join(' | ')} |`),
  ].join('\n');
}
