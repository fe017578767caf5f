/**
 * Builds every site the end-to-end tests run against (tests/e2e/sites.ts),
 * each from its content folder, for the origin it is served at (or, for the
 * published site, its public one). The builds run side by side, one per
 * processor, each with an Astro cache of its own so that they never share
 * one; the output of each is printed once it is done, so it reads in one piece.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { siteUrlOf, sites, type BuiltSite } from './sites.ts';

interface BuildResult {
  site: BuiltSite;
  code: number | null;
  output: string;
  seconds: number;
}

function build(site: BuiltSite): Promise<BuildResult> {
  const started = performance.now();
  const child = spawn('npx', ['astro', 'build'], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: site.contentDir,
      OUT_DIR: site.outDir,
      SITE_URL: siteUrlOf(site),
      BASE_PATH: site.basePath,
      CACHE_DIR: `node_modules/.astro/e2e-${site.name}`,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    child.on('close', (code) => resolve({ site, code, output, seconds: (performance.now() - started) / 1000 }));
  });
}

/** Runs `task` on every item, at most `limit` at a time, in the items' order. */
async function eachLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await task(items[index]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const results = await eachLimited(sites, availableParallelism(), async (site) => {
  const result = await build(site);
  console.log(`— ${site.name} (${site.contentDir}) into ${site.outDir}, ${result.seconds.toFixed(0)} s\n${result.output}`);
  return result;
});
const failed = results.filter((result) => result.code !== 0);
if (failed.length > 0) {
  console.error(`The build of ${failed.map((result) => result.site.name).join(', ')} failed (see above).`);
  process.exit(1);
}
