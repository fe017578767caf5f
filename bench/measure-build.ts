/** Runs one `astro build` in a child process and measures it. */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outputSize, type OutputSize } from './files.ts';
import type { ResourceUsage } from './resource-usage-hook.ts';

/** An Astro project to build. */
export interface BuildTarget {
  /** The project folder, holding its own `node_modules/astro`. */
  root: string;
  /** Where the build writes the site; emptied first. */
  outDir: string;
  /** Variables added to the build's environment. */
  env: Record<string, string>;
  /** Astro's cache folder, when the environment moves it (`CACHE_DIR`): emptied before a cold build. */
  cacheDir?: string;
}

/** The measurements of one build. */
export interface BuildRun extends ResourceUsage {
  /** Wall-clock time of the whole `astro build` process, start-up included. */
  wallMs: number;
  /** The machine's one-minute load average as the build ended: above the core count, other work shared the CPU. */
  load: number;
  output: OutputSize;
}

const usageHook = fileURLToPath(new URL('./resource-usage-hook.ts', import.meta.url));

/**
 * Builds `target` from cold: `--force` drops Astro's content-layer cache, the
 * cache folder (sharing cards included) and the output folder are emptied,
 * so every run does the same work. A `warm` build keeps the cache, as a
 * deploy that restores it does. The build's own output goes to `logFile`.
 *
 * @throws {Error} when the build fails, naming the log to read.
 */
export function measureBuild(target: BuildTarget, logFile: string, { warm = false } = {}): BuildRun {
  rmSync(target.outDir, { recursive: true, force: true });
  if (!warm && target.cacheDir) rmSync(target.cacheDir, { recursive: true, force: true });
  const usageFile = `${logFile}.usage.json`;
  const astro = join(target.root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const log = openSync(logFile, 'w');
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--import', usageHook, astro, 'build', ...(warm ? [] : ['--force'])],
    {
      cwd: target.root,
      stdio: ['ignore', log, log],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...target.env, BENCH_USAGE_FILE: usageFile },
    },
  );
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(log);
  if (result.status !== 0) {
    const reason = result.error?.message ?? `exit ${result.status}`;
    throw new Error(`The build of ${target.root} failed (${reason}); see ${logFile}.`);
  }
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as ResourceUsage;
  return { ...usage, wallMs, load: loadavg()[0] ?? 0, output: outputSize(target.outDir) };
}
