import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A copy of the project, sharing the installed packages, where a test can
 * run the editors' commands and change content freely; `content` is the
 * content folder it starts with. Its absolute path.
 *
 * It lives in the system's temporary folder, outside this checkout: a dev
 * server started in a copy nested inside the checkout spun at full CPU and
 * never answered. The checkout's path is in the folder's name, so two
 * checkouts can run their tests at once.
 */
export function projectCopy(name: string, content = 'content'): string {
  const checkout = createHash('sha256').update(process.cwd()).digest('hex').slice(0, 10);
  const folder = join(tmpdir(), `partnership-site-${checkout}`, name);
  rmSync(folder, { recursive: true, force: true });
  for (const part of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public', 'scripts']) {
    cpSync(part, `${folder}/${part}`, { recursive: true });
  }
  cpSync(content, `${folder}/content`, { recursive: true });
  // Its own node_modules folder, linking to each package: what a build or a dev server writes there
  // (Astro's content cache in .astro/, Vite's in .vite/) stays in the copy, so copies can run beside
  // each other and beside the checkout. The web editor's app (.cache/) is shared, built once.
  mkdirSync(`${folder}/node_modules`);
  for (const entry of readdirSync('node_modules')) {
    if (entry !== '.astro' && entry !== '.vite') symlinkSync(resolve('node_modules', entry), `${folder}/node_modules/${entry}`);
  }
  return folder;
}
