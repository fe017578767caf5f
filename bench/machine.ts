/** The machine and versions a benchmark ran on, for the results table. */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** Where and with what the benchmark ran. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  astro: string;
  starlight: string;
  /** Astro as installed for Starlight, which may differ from ours. */
  starlightAstro: string;
  /** The card drawer of Starlight-with-cards. */
  ogCanvas: string;
  date: string;
}

/** Describes this machine, with the versions installed in `projectRoot` and `starlightRoot`. */
export function describeMachine(projectRoot: string, starlightRoot: string): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    astro: installedVersion(projectRoot, 'astro'),
    starlight: installedVersion(starlightRoot, '@astrojs/starlight'),
    starlightAstro: installedVersion(starlightRoot, 'astro'),
    ogCanvas: installedVersion(starlightRoot, 'astro-og-canvas'),
    date: new Date().toISOString().slice(0, 10),
  };
}

/** The CPU model as /proc/cpuinfo names it, else as Node.js does. */
function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1]) return match[1].trim();
  } catch {
    // Not Linux: fall back to what Node.js reports.
  }
  return cpus()[0]?.model ?? 'unknown';
}

function installedVersion(root: string, name: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
