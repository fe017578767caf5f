import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceFile } from '../replace-file.ts';
import type { CardElement } from './layout.ts';

/**
 * The name a card is cached under: a hash of everything that decides its
 * pixels. The layout holds what the card shows (title, languages, lockup,
 * tagline), its colours and every size and position; `rendererId` adds the
 * fonts', satori's, resvg's and sharp's versions and the drawing code.
 */
export function cardKey(layout: CardElement, rendererId: string): string {
  return createHash('sha256').update(rendererId).update('\0').update(JSON.stringify(layout)).digest('hex');
}

/** The cached PNG of `key`, or nothing when no build drew it yet. */
export async function cachedCard(cacheDir: string, key: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  try {
    return new Uint8Array(await readFile(join(cacheDir, `${key}.png`)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Keeps `png` under `key`, whole (src/lib/replace-file.ts): a build that stops midway, or another one reading the same cache, never finds half a card. */
export function cacheCard(cacheDir: string, key: string, png: Uint8Array): Promise<void> {
  return replaceFile(join(cacheDir, `${key}.png`), png);
}
