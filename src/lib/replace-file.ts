import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes `data` to `file` whole or not at all: to a file of its own beside
 * it first, then renamed over it, so that a build that stops midway, or
 * another one reading the same folder, never finds half a file. Each write
 * has its own partial file, so two writes of one file at once (two pages
 * with the same sharing card) cannot take each other's. On failure, the
 * partial file is removed and the error thrown: what a lost write costs is
 * for the caller to say (for a cache, doing the work again next time).
 */
export async function replaceFile(file: string, data: string | Uint8Array): Promise<void> {
  const partial = `${file}.${randomUUID()}.partial`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(partial, data);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
