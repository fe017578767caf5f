/**
 * `npm run bench`: generates synthetic bilingual content of several sizes,
 * builds it with our site and with Starlight, and writes the measurements
 * to bench/README.md. A benchmark, not a test: it asserts nothing about time.
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
import { medianRun, resultsMarkdown, withResults, type SizeResult } from './report.ts';
import { starlightFiles } from './starlight-site.ts';
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

const targets: Record<'ours' | 'starlight', BuildTarget> = {
  ours: {
    root: projectRoot,
    outDir: join(workDir, 'out', 'ours'),
    env: {
      CONTENT_DIR: relative(projectRoot, ourContentDir),
      OUT_DIR: join(workDir, 'out', 'ours'),
      CACHE_DIR: join(workDir, 'cache', 'ours'),
    },
    cacheDir: join(workDir, 'cache', 'ours'),
  },
  starlight: {
    root: starlightRoot,
    outDir: join(workDir, 'out', 'starlight'),
    env: { OUT_DIR: join(workDir, 'out', 'starlight') },
  },
};

installIfNeeded(projectRoot);
installIfNeeded(starlightRoot);
mkdirSync(join(workDir, 'logs'), { recursive: true });

const results: SizeResult[] = [];
for (const size of sizes) {
  const pages = syntheticSite({ pages: size, untranslatedShare });
  writeSyntheticContent(ourContentDir, pages, join(projectRoot, 'content'));
  writeContent(starlightContentDir, starlightFiles(pages));
  const measured: Record<'ours' | 'starlight' | 'oursRebuild', BuildRun[]> = { ours: [], starlight: [], oursRebuild: [] };
  // Alternate the two sites, so that a slower spell of the machine weighs on both alike.
  for (let run = 1; run <= runs; run += 1) {
    for (const site of ['ours', 'starlight'] as const) {
      const build = measureBuild(targets[site], join(workDir, 'logs', `${site}-${size}-${run}.log`));
      console.log(`${size} files, ${site}, run ${run}/${runs}: ${(build.wallMs / 1000).toFixed(1)} s, ${build.output.htmlPages} pages`);
      measured[site].push(build);
    }
    // Then what a deploy does after an editor's change: ours again, its cache kept, one title changed.
    retitleOneArticle(ourContentDir, pages, run);
    const rebuild = measureBuild(targets.ours, join(workDir, 'logs', `ours-${size}-${run}-rebuild.log`), { warm: true });
    console.log(`${size} files, ours rebuilt after one title changed, run ${run}/${runs}: ${(rebuild.wallMs / 1000).toFixed(1)} s`);
    measured.oursRebuild.push(rebuild);
  }
  results.push({
    pages: size,
    ours: medianRun(measured.ours),
    starlight: medianRun(measured.starlight),
    oursRebuild: medianRun(measured.oursRebuild),
  });
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
