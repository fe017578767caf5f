import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces the file at `path` with `text` all at once: the text goes to a
 * temporary file beside it, which then takes the file's place, so an
 * interruption (a full disk, Ctrl+C) leaves the old file or the new one,
 * never half of one. The temporary name starts with a dot: neither the
 * site nor the content check reads such files.
 */
export function replaceFile(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, text, { flag: 'wx', mode: statSync(path).mode });
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
