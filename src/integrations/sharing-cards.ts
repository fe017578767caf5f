import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editorMessages } from '../i18n/editor/index.ts';
import { filesBelow } from '../lib/files-below.ts';
import type { CardBuild } from '../lib/sharing-cards/card-build.ts';
import { virtualModule } from './virtual-module.ts';

/**
 * The card code: a change to it redraws every card. The drawing code
 * (card-worker.ts and what it imports) is all in this folder; what it uses
 * from elsewhere (the route emblem) only goes into a card's layout, which
 * each card's own key hashes (card-cache.ts).
 */
const CARD_CODE = new URL('../lib/sharing-cards/', import.meta.url);

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
          command === 'build'
            ? { cacheDir, workerFile: fileURLToPath(new URL('card-worker.ts', CARD_CODE)), rendererId: rendererId(config.root) }
            : undefined;
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
 * listed (a list of packages or files goes stale silently): npm's record of
 * the exact packages installed, which holds the renderers, the fonts and all
 * they use, and every file of the card code. Any change of either redraws
 * every card once: rarer than a change of content, and never a stale card.
 */
function rendererId(root: URL): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(new URL('node_modules/.package-lock.json', root)));
  const codeDir = fileURLToPath(CARD_CODE);
  for (const file of filesBelow(codeDir)) hash.update(`${file}\n`).update(readFileSync(join(codeDir, file)));
  return hash.digest('hex');
}
