/**
 * `npm run bench`: generates synthetic bilingual content of several sizes,
 * builds it with our site, with Starlight and with Starlight drawing a
 * sharing card per page, from cold then after one title changed, and writes
 * the measurements to bench/README.md. A benchmark, not a test: it asserts nothing about time.
 *
 * Options: --sizes 100,500,2000,5000 (content files), --runs 3 (median of),
 * --untranslated 0.2 (share of French-only files), --no-readme (print only).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { retitleOneArticle, writeContent, writeSyntheticContent } from './files.ts';
import { describeMachine } from './machine.ts';
import { measureBuild, type BuildRun, type BuildTarget } from './measure-build.ts';
import { medianRun, resultsMarkdown, sites, withResults, type Site, type SizeResult } from './report.ts';
import { starlightFiles, starlightPathOf } from './starlight-site.ts';
import { syntheticSite } from './synthetic-site.ts';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = join(benchDir, '..');
const starlightRoot = join(benchDir, 'starlight');
/** Generated content, outputs and logs; git-ignored. Our content must sit inside the project (CONTENT_DIR is relative). */
const workDir = join(benchDir, '.work');
const ourContentDir = join(workDir, 'content');
const starlightContentDir = join(starlightRoot, 'src', 'content', 'docs');
const readmePath = join(benchDir, 'README.md');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,500,2000,5000' },
    runs: { type: 'string', default: '3' },
    untranslated: { type: 'string', default: '0.2' },
    readme: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const untranslatedShare = Number(values.untranslated);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs is a whole number of builds, 1 or more; got ${values.runs}.`);
// Checks every size and share before the first (long) build, rather than after it.
for (const size of sizes) syntheticSite({ pages: size, untranslatedShare });

/** Where a site writes its output and keeps its cache, under the work folder. */
const folders = (name: string) => ({ outDir: join(workDir, 'out', name), cacheDir: join(workDir, 'cache', name) });
const starlightTarget = (name: string, env: Record<string, string>): BuildTarget => {
  const { outDir, cacheDir } = folders(name);
  return { root: starlightRoot, outDir, cacheDir, env: { OUT_DIR: outDir, CACHE_DIR: cacheDir, ...env } };
};
const targets: Record<Site, BuildTarget> = {
  ours: {
    root: projectRoot,
    ...folders('ours'),
    env: { CONTENT_DIR: relative(projectRoot, ourContentDir), OUT_DIR: folders('ours').outDir, CACHE_DIR: folders('ours').cacheDir },
  },
  starlight: starlightTarget('starlight', {}),
  // The same Starlight site, drawing a sharing card per page as ours does (bench/starlight/src/sharing-cards/).
  starlightCards: starlightTarget('starlight-cards', { SHARING_CARDS: '1' }),
};

installIfNeeded(projectRoot);
installIfNeeded(starlightRoot);
mkdirSync(join(workDir, 'logs'), { recursive: true });

/** A cold build, or a rebuild after one title changed with the cold build's cache kept. */
type BuildKind = 'cold' | 'rebuild';

const results: SizeResult[] = [];
for (const size of sizes) {
  const pages = syntheticSite({ pages: size, untranslatedShare });
  writeSyntheticContent(ourContentDir, pages, join(projectRoot, 'content'));
  writeContent(starlightContentDir, starlightFiles(pages));
  const measured = Object.fromEntries(sites.map((site) => [site, { cold: [] as BuildRun[], rebuild: [] as BuildRun[] }])) as Record<
    Site,
    Record<BuildKind, BuildRun[]>
  >;
  const measure = (site: Site, run: number, kind: BuildKind) => {
    const build = measureBuild(targets[site], join(workDir, 'logs', `${site}-${size}-${run}-${kind}.log`), { warm: kind === 'rebuild' });
    const what = kind === 'cold' ? 'cold build' : 'rebuilt after one title changed';
    console.log(
      `${size} files, ${site}, ${what}, run ${run}/${runs}: ${(build.wallMs / 1000).toFixed(1)} s, ${build.output.htmlPages} pages`,
    );
    measured[site][kind].push(build);
  };
  // Alternate the sites, so that a slower spell of the machine weighs on all alike.
  for (let run = 1; run <= runs; run += 1) {
    for (const site of sites) measure(site, run, 'cold');
    // Then what a deploy does after an editor's change: each site again, its cache kept, the same title changed.
    retitleOneArticle(ourContentDir, pages, run);
    retitleOneArticle(starlightContentDir, pages, run, starlightPathOf(pages));
    for (const site of sites) measure(site, run, 'rebuild');
  }
  const builds = Object.fromEntries(
    sites.map((site) => [site, { cold: medianRun(measured[site].cold), rebuild: medianRun(measured[site].rebuild) }]),
  ) as SizeResult['builds'];
  results.push({ pages: size, builds });
}
rmSync(starlightContentDir, { recursive: true, force: true });

const markdown = resultsMarkdown(describeMachine(projectRoot, starlightRoot), runs, results);
console.log(`\n${markdown}`);
if (values.readme) {
  writeFileSync(readmePath, withResults(readFileSync(readmePath, 'utf8'), markdown));
  console.log(`\nWritten to ${relative(process.cwd(), readmePath)}.`);
}

/** Installs `root`'s locked packages when they are missing or older than its lock file. */
function installIfNeeded(root: string): void {
  const installed = join(root, 'node_modules', '.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(join(root, 'package-lock.json')).mtimeMs) return;
  console.log(`Installing the packages of ${relative(process.cwd(), root) || '.'}…`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}
