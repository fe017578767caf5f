import { cpSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * A copy of the project in `.cache/<name>/`, sharing node_modules, where a
 * test can run the editors' commands and change content freely; `content`
 * is the content folder it starts with. Its absolute path.
 */
export function projectCopy(name: string, content = 'content'): string {
  const folder = resolve(`.cache/${name}`);
  rmSync(folder, { recursive: true, force: true });
  for (const part of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public', 'scripts']) {
    cpSync(part, `${folder}/${part}`, { recursive: true });
  }
  cpSync(content, `${folder}/content`, { recursive: true });
  symlinkSync(resolve('node_modules'), `${folder}/node_modules`);
  return folder;
}
