/** The benchmark's results as Markdown tables, and their place in bench/README.md. */
import type { OutputSize } from './files.ts';
import type { Machine } from './machine.ts';
import type { BuildRun } from './measure-build.ts';

/** The sites the benchmark builds: ours, Starlight, and Starlight drawing a sharing card per page as ours does. */
export const sites = ['ours', 'starlight', 'starlightCards'] as const;
export type Site = (typeof sites)[number];
const siteNames: Record<Site, string> = { ours: 'ours', starlight: 'Starlight', starlightCards: 'Starlight with cards' };

/** One site's builds at one size: from cold, then again after one article's title changed, its cache kept. */
export interface SiteBuilds {
  cold: BuildRun;
  rebuild: BuildRun;
}

/** The measurements of every site for one size of content. */
export interface SizeResult {
  /** Content files generated. */
  pages: number;
  builds: Record<Site, SiteBuilds>;
}

/**
 * The middle value of each measurement over `runs` (times and memory vary
 * between runs; the output does not, so it is the first run's).
 */
export function medianRun(runs: readonly BuildRun[]): BuildRun {
  const [first] = runs;
  if (!first) throw new Error('No run to take the median of.');
  const middle = (measure: (run: BuildRun) => number) => median(runs.map(measure));
  return {
    wallMs: middle((run) => run.wallMs),
    cpuMs: middle((run) => run.cpuMs),
    peakRssBytes: middle((run) => run.peakRssBytes),
    load: middle((run) => run.load),
    output: first.output,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The results, with the machine they were measured on, as Markdown. */
export function resultsMarkdown(machine: Machine, runs: number, results: readonly SizeResult[]): string {
  const bySite = (format: (result: SizeResult, site: Site, previous: SizeResult | undefined) => string) =>
    sites.flatMap((site) => results.map((result, index) => format(result, site, results[index - 1])));
  return [
    `Measured on ${machine.date}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB of memory; ` +
      `Node.js ${machine.node}, Astro ${machine.astro}, Starlight ${machine.starlight} (on Astro ${machine.starlightAstro}), ` +
      `astro-og-canvas ${machine.ogCanvas}. Each figure is the median of ${runs} run${runs === 1 ? '' : 's'}; ` +
      'a rebuild is the same site built again after one article’s title changed, with the cache of its cold build kept, as a deploy restores it.',
    '',
    '| Content files | Site | Cold build | Per file | Per extra file | CPU time | CPU per extra file | Load |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...bySite(timeRow),
    '',
    '| Content files | Site | HTML pages built | Peak memory (RSS) | HTML per page | Whole output |',
    '| ---: | --- | ---: | ---: | ---: | ---: |',
    ...bySite(sizeRow),
    '',
    '| Content files | Site | Rebuild, one title changed | CPU time | Load |',
    '| ---: | --- | ---: | ---: | ---: |',
    ...bySite(rebuildRow),
    '',
    '| Content files | Cold build, ours / Starlight | Cold build, ours / Starlight with cards | Rebuild, ours / Starlight | Rebuild, ours / Starlight with cards | CPU time, ours / Starlight with cards | Rebuild CPU time, ours / Starlight with cards | HTML bytes per page, ours / Starlight | Output bytes per page, ours / Starlight | Output bytes per page, ours / Starlight with cards |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(ratioRow),
  ].join('\n');
}

function timeRow(result: SizeResult, site: Site, previous: SizeResult | undefined): string {
  const run = result.builds[site].cold;
  // The cost of each file added since the smaller size: start-up cancels out, so it stays flat when growth is linear.
  const perExtraFile = (measure: (run: BuildRun) => number) =>
    previous ? `${((measure(run) - measure(previous.builds[site].cold)) / (result.pages - previous.pages)).toFixed(1)} ms` : '';
  return row([
    String(result.pages),
    siteNames[site],
    seconds(run.wallMs),
    `${(run.wallMs / result.pages).toFixed(1)} ms`,
    perExtraFile((measured) => measured.wallMs),
    seconds(run.cpuMs),
    perExtraFile((measured) => measured.cpuMs),
    run.load.toFixed(1),
  ]);
}

function sizeRow(result: SizeResult, site: Site): string {
  const { output, peakRssBytes } = result.builds[site].cold;
  return row([
    String(result.pages),
    siteNames[site],
    String(output.htmlPages),
    `${Math.round(peakRssBytes / 2 ** 20)} MiB`,
    `${(htmlPerPage(output) / 1024).toFixed(1)} KiB`,
    `${(output.totalBytes / 2 ** 20).toFixed(1)} MiB`,
  ]);
}

function rebuildRow(result: SizeResult, site: Site): string {
  const { wallMs, cpuMs, load } = result.builds[site].rebuild;
  return row([String(result.pages), siteNames[site], seconds(wallMs), seconds(cpuMs), load.toFixed(1)]);
}

function ratioRow({ pages, builds: { ours, starlight, starlightCards } }: SizeResult): string {
  const outputPerPage = (output: OutputSize) => output.totalBytes / output.htmlPages;
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  return row([
    String(pages),
    ratio(ours.cold.wallMs, starlight.cold.wallMs),
    ratio(ours.cold.wallMs, starlightCards.cold.wallMs),
    ratio(ours.rebuild.wallMs, starlight.rebuild.wallMs),
    ratio(ours.rebuild.wallMs, starlightCards.rebuild.wallMs),
    ratio(ours.cold.cpuMs, starlightCards.cold.cpuMs),
    ratio(ours.rebuild.cpuMs, starlightCards.rebuild.cpuMs),
    ratio(htmlPerPage(ours.cold.output), htmlPerPage(starlight.cold.output)),
    ratio(outputPerPage(ours.cold.output), outputPerPage(starlight.cold.output)),
    ratio(outputPerPage(ours.cold.output), outputPerPage(starlightCards.cold.output)),
  ]);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function htmlPerPage(output: OutputSize): number {
  return output.htmlBytes / output.htmlPages;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/**
 * `readme` with the text between its results markers replaced by `results`.
 *
 * @throws {Error} when the markers are missing.
 */
export function withResults(readme: string, results: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`bench/README.md lacks the ${START} … ${END} markers.`);
  return `${readme.slice(0, start + START.length)}\n${results}\n${readme.slice(end)}`;
}
