import { createHash } from 'node:crypto';
import { cpSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A copy of the project, sharing node_modules, where a test can run the
 * editors' commands and change content freely; `content` is the content
 * folder it starts with. Its absolute path.
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
  symlinkSync(resolve('node_modules'), `${folder}/node_modules`);
  return folder;
}
