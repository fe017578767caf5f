/** The benchmark's results as Markdown tables, and their place in bench/README.md. */
import type { OutputSize } from './files.ts';
import type { Machine } from './machine.ts';
import type { BuildRun } from './measure-build.ts';

/** The measurements of both sites for one size of content. */
export interface SizeResult {
  /** Content files generated. */
  pages: number;
  ours: BuildRun;
  starlight: BuildRun;
  /** Ours again after one article's title changed, with the cache of the cold build kept (as a deploy restores it). */
  oursRebuild: BuildRun;
}

type Site = 'ours' | 'starlight';
const siteNames: Record<Site, string> = { ours: 'ours', starlight: 'Starlight' };

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
    (['ours', 'starlight'] as const).flatMap((site) => results.map((result, index) => format(result, site, results[index - 1])));
  return [
    `Measured on ${machine.date}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB of memory; ` +
      `Node.js ${machine.node}, Astro ${machine.astro}, Starlight ${machine.starlight} (on Astro ${machine.starlightAstro}). ` +
      `Each figure is the median of ${runs} cold build${runs === 1 ? '' : 's'}; ` +
      'the rebuild is ours again after one article’s title changed, with the cache of the cold build kept, as a deploy restores it.',
    '',
    '| Content files | Site | Build time | Per file | Per extra file | CPU time | CPU per extra file | Load |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...bySite(timeRow),
    '',
    '| Content files | Site | HTML pages built | Peak memory (RSS) | HTML per page | Whole output |',
    '| ---: | --- | ---: | ---: | ---: | ---: |',
    ...bySite(sizeRow),
    '',
    '| Content files | Build time, ours / Starlight | Rebuild, one title changed | Rebuild / Starlight’s build | CPU time | HTML bytes per page | Output bytes per page |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(ratioRow),
  ].join('\n');
}

function timeRow(result: SizeResult, site: Site, previous: SizeResult | undefined): string {
  const run = result[site];
  // The cost of each file added since the smaller size: start-up cancels out, so it stays flat when growth is linear.
  const perExtraFile = (measure: (run: BuildRun) => number) =>
    previous ? `${((measure(run) - measure(previous[site])) / (result.pages - previous.pages)).toFixed(1)} ms` : '';
  return row([
    String(result.pages),
    siteNames[site],
    `${(run.wallMs / 1000).toFixed(1)} s`,
    `${(run.wallMs / result.pages).toFixed(1)} ms`,
    perExtraFile((measured) => measured.wallMs),
    `${(run.cpuMs / 1000).toFixed(1)} s`,
    perExtraFile((measured) => measured.cpuMs),
    run.load.toFixed(1),
  ]);
}

function sizeRow(result: SizeResult, site: Site): string {
  const { output, peakRssBytes } = result[site];
  return row([
    String(result.pages),
    siteNames[site],
    String(output.htmlPages),
    `${Math.round(peakRssBytes / 2 ** 20)} MiB`,
    `${(htmlPerPage(output) / 1024).toFixed(1)} KiB`,
    `${(output.totalBytes / 2 ** 20).toFixed(1)} MiB`,
  ]);
}

function ratioRow({ pages, ours, starlight, oursRebuild }: SizeResult): string {
  const outputPerPage = (output: OutputSize) => output.totalBytes / output.htmlPages;
  return row([
    String(pages),
    (ours.wallMs / starlight.wallMs).toFixed(2),
    `${(oursRebuild.wallMs / 1000).toFixed(1)} s`,
    (oursRebuild.wallMs / starlight.wallMs).toFixed(2),
    (ours.cpuMs / starlight.cpuMs).toFixed(2),
    (htmlPerPage(ours.output) / htmlPerPage(starlight.output)).toFixed(2),
    (outputPerPage(ours.output) / outputPerPage(starlight.output)).toFixed(2),
  ]);
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
