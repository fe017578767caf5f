import { globSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file below `folder`, at any depth, as a path relative to it written
 * with `/` (`fr/accord/index.mdx`), sorted; none when the folder does not
 * exist. Hidden files and folders (`.DS_Store`, `.git/`) are left out, as
 * Astro's own content loader leaves them out.
 */
export function filesBelow(folder: string): string[] {
  return globSync('**/*', { cwd: folder, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort((a, b) => a.localeCompare(b));
}
