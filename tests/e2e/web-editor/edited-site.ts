import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RepositoryFiles } from '../../../scripts/lib/web-editor-session.ts';

/** A site built from what the web editor wrote. */
export interface BuiltEdit {
  contentDir: string;
  outDir: string;
}

const ROOT = 'dist-e2e/web-editor';
const portBase = Number(process.env.E2E_PORT_BASE || 4400) + 20;

/** Builds the site from the `content/` files of a repository the web editor saved into, and its images (base 64). */
export function buildEditedContent(name: string, files: RepositoryFiles, images: Record<string, string> = {}): BuiltEdit {
  const folder = join(ROOT, name);
  rmSync(folder, { recursive: true, force: true });
  const built = { contentDir: join(folder, 'content'), outDir: join(folder, 'site') };
  const written = [
    ...Object.entries(files),
    ...Object.entries(images).map(([path, base64]) => [path, Buffer.from(base64, 'base64')] as const),
  ];
  for (const [path, data] of written) {
    if (!path.startsWith('content/')) continue;
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  execFileSync('npx', ['astro', 'build'], {
    stdio: 'pipe',
    env: { ...process.env, CONTENT_DIR: built.contentDir, OUT_DIR: built.outDir, SITE_URL: 'http://localhost', BASE_PATH: '/' },
  });
  return built;
}

/** Serves a built site on this machine (tests/helpers/static-host.ts) until disposed. */
export async function serveBuilt(site: BuiltEdit, index: number): Promise<{ origin: string } & AsyncDisposable> {
  const port = portBase + index;
  const host = spawn(
    'node',
    ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'tests/helpers/static-host.ts', site.outDir, String(port), '/'],
    { stdio: 'ignore' },
  );
  const origin = `http://localhost:${port}`;
  for (let tries = 0; tries < 100; tries += 1) {
    if (
      await fetch(`${origin}/`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    await sleep(100);
  }
  return {
    origin,
    [Symbol.asyncDispose]: () => {
      host.kill();
      return Promise.resolve();
    },
  };
}
