import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceFile } from '../replace-file.ts';
import { drawCorridorMap, type MapRequest } from './draw.ts';

/** Where a build keeps the map's drawings, and what else decides them (src/integrations/map-cache.ts). */
export interface MapCache {
  /** Folder of kept drawings, in Astro's cache folder (`cacheDir`). */
  dir: string;
  /** The id of the drawing code (draw.ts and what it imports, the packages installed: src/lib/code-id.ts). */
  codeId: string;
}

/**
 * The drawing `request` asks for, kept from an earlier build when one drew
 * it: projecting the world's coasts for each panel is most of a build's map
 * time, and the same data gives the same bytes. It is kept under a hash of
 * the request (the corridor, the language, the layout, the colours and the
 * words) and of the drawing code. A drawing that cannot be read back, or
 * kept, is drawn again; without a cache (the dev server, tests), it is drawn.
 */
export async function corridorMapDrawing(request: MapRequest, cache: MapCache | undefined, draw = drawCorridorMap): Promise<string> {
  if (!cache) return draw(request);
  const key = createHash('sha256').update(cache.codeId).update('\0').update(JSON.stringify(request)).digest('hex');
  const file = join(cache.dir, `${key}.json`);
  const kept = await keptDrawing(file, key);
  if (kept !== undefined) return kept;
  const svg = draw(request);
  // Kept whole (src/lib/replace-file.ts); an unwritable cache folder costs the next build its drawings, nothing else.
  await replaceFile(file, JSON.stringify({ key, svg })).catch(() => undefined);
  return svg;
}

/** The drawing kept in `file`, when it is whole (its own key, an SVG text); otherwise none. */
async function keptDrawing(file: string, key: string): Promise<string | undefined> {
  try {
    const kept = JSON.parse(await readFile(file, 'utf8')) as { key?: unknown; svg?: unknown };
    return kept.key === key && typeof kept.svg === 'string' ? kept.svg : undefined;
  } catch {
    return undefined;
  }
}
