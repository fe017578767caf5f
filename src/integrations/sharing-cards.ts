import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editorMessages } from '../i18n/editor/index.ts';
import { codeId } from '../lib/code-id.ts';
import { filesBelow } from '../lib/files-below.ts';
import type { CardBuild } from '../lib/sharing-cards/card-build.ts';
import { virtualModule } from './virtual-module.ts';

/**
 * The drawing code: card-worker.ts, which draws each card in a process of
 * its own, and what it imports. What the cards take from elsewhere (the
 * route emblem, the palette) only goes into a card's layout, which each
 * card's own key hashes (card-cache.ts).
 */
const CARD_WORKER = new URL('../lib/sharing-cards/card-worker.ts', import.meta.url);

/** The module through which the card endpoints learn of the build (src/lib/astro/card-build.ts). */
const MODULE_ID = 'virtual:partnership/card-build';

/** The cards a build writes: each page's, and the site's own. */
const CARD_FILE = /(^|\/)(sharing-card|share)\.png$/;

/**
 * Sharing cards are drawn once and kept in Astro's cache folder (the
 * `cacheDir` setting, `node_modules/.astro` by default), by a hash of what
 * decides their pixels, so a rebuild draws only the cards that changed
 * (src/lib/sharing-cards/card-batch.ts). Tells the card endpoints where that
 * cache is, through a virtual module (none in the preview), and the editor
 * how many cards were drawn once the build is done: the cards the build
 * wrote, of which those new in the cache were drawn, the others reused.
 */
export function sharingCards(): AstroIntegration {
  let cacheDir = '';
  let started = 0;
  return {
    name: 'sharing-cards',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        cacheDir = fileURLToPath(new URL('sharing-cards/', config.cacheDir));
        const build: CardBuild | undefined =
          command === 'build' ? { cacheDir, workerFile: fileURLToPath(CARD_WORKER), rendererId: rendererId() } : undefined;
        updateConfig({ vite: { plugins: [virtualModule(MODULE_ID, () => build)] } });
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, logger }) => {
        const written = filesBelow(fileURLToPath(dir)).filter((file) => CARD_FILE.test(file)).length;
        const drawn = cachedSince(cacheDir, started);
        logger.info(editorMessages()('build.sharingCards', { drawn, reused: written - drawn }));
      },
    },
  };
}

/** How many cards entered the cache in `cacheDir` since `since` (ms): the cards drawn. */
function cachedSince(cacheDir: string, since: number): number {
  if (!existsSync(cacheDir)) return 0;
  return filesBelow(cacheDir).filter((file) => file.endsWith('.png') && statSync(join(cacheDir, file)).mtimeMs >= since).length;
}

/**
 * What decides a card's pixels besides its layout, derived rather than
 * listed (src/lib/code-id.ts): the drawing code, followed from file to file,
 * and npm's record of the exact packages installed, which holds the
 * renderers, the fonts and all they use. Any change of either redraws every
 * card once: rarer than a change of content, and never a stale card.
 */
function rendererId(): string {
  return codeId([CARD_WORKER]);
}
