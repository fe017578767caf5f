import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { replaceFile } from '../../src/lib/replace-file.ts';

/*
 * How every cache of the build writes its files (src/lib/replace-file.ts):
 * whole or not at all, even when two pages write the same file at once.
 */

const workDir = '.cache/replace-file';
const file = join(workDir, 'kept', 'card.png');

beforeEach(() => rmSync(workDir, { recursive: true, force: true }));

describe('replaceFile', () => {
  it('writes the file, making its folder, and replaces what was there', async () => {
    await replaceFile(file, 'first');
    await replaceFile(file, new TextEncoder().encode('second'));
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(join(workDir, 'kept'))).toEqual(['card.png']);
  });

  it('lets many writes of one file at once all succeed, leaving one of them whole', async () => {
    // Two pages with the same card, finished drawing at the same time.
    const texts = Array.from({ length: 20 }, (_, index) => `drawing ${index} `.repeat(10_000));
    await Promise.all(texts.map((text) => replaceFile(file, text)));
    expect(texts).toContain(readFileSync(file, 'utf8'));
    expect(readdirSync(join(workDir, 'kept'))).toEqual(['card.png']);
  });

  it('throws when the file cannot be written, leaving no partial file behind', async () => {
    mkdirSync(workDir, { recursive: true });
    // The place of the file is taken by a folder: writing beside it works, renaming over it fails.
    mkdirSync(file, { recursive: true });
    await expect(replaceFile(file, 'text')).rejects.toThrow();
    expect(readdirSync(join(workDir, 'kept'))).toEqual(['card.png']);
  });
});
