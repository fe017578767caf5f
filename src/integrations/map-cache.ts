import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeId } from '../lib/code-id.ts';
import type { MapCache } from '../lib/map/map-cache.ts';
import { virtualModule } from './virtual-module.ts';

/** The module through which the map's endpoint learns of the cache (src/lib/astro/map-cache.ts). */
const MODULE_ID = 'virtual:partnership/map-cache';

/** The drawing code: what draw.ts imports, followed file to file, decides the drawings with the packages installed. */
const DRAWING_CODE = new URL('../lib/map/draw.ts', import.meta.url);

/**
 * The corridor map's drawings are kept in Astro's cache folder (the
 * `cacheDir` setting), beside the sharing cards, so that a rebuild whose map
 * data did not change draws nothing (src/lib/map/map-cache.ts). Tells the
 * map's endpoint where, and the drawing code's id, through a virtual module:
 * it runs bundled, where its own source files cannot be found. None outside
 * a build, nor when the code cannot be identified: the map is then drawn.
 */
export function mapCache(): AstroIntegration {
  return {
    name: 'map-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const cache = command === 'build' ? cacheIn(fileURLToPath(new URL('corridor-map/', config.cacheDir))) : undefined;
        updateConfig({ vite: { plugins: [virtualModule(MODULE_ID, () => cache)] } });
      },
    },
  };
}

/** The cache in `dir`, or none when the drawing code cannot be identified (no npm record of the packages). */
function cacheIn(dir: string): MapCache | undefined {
  try {
    return { dir, codeId: codeId([DRAWING_CODE]) };
  } catch {
    return undefined;
  }
}
