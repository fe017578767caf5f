import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editorMessages } from '../i18n/editor/index.ts';
import { filesBelow } from '../lib/files-below.ts';
import { closeCardBuild, openCardBuild, type CardBuild } from '../lib/sharing-cards/build-channel.ts';

/**
 * The card code: a change to it redraws every card. The drawing code
 * (card-worker.ts and what it imports) is all in this folder; what it uses
 * from elsewhere (the route emblem) only goes into a card's layout, which
 * each card's own key hashes (card-cache.ts).
 */
const CARD_CODE = new URL('../lib/sharing-cards/', import.meta.url);

/**
 * Sharing cards are drawn once and kept in Astro's cache folder (the
 * `cacheDir` setting, `node_modules/.astro` by default), by a hash of what
 * decides their pixels, so a rebuild draws only the cards that changed
 * (src/lib/sharing-cards/card-batch.ts). Tells the card endpoints where that cache is as a build
 * starts, and the editor how many cards were drawn once it is done.
 */
export function sharingCards(): AstroIntegration {
  let cacheDir = '';
  let root: URL;
  let build: CardBuild | undefined;
  return {
    name: 'sharing-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('sharing-cards/', config.cacheDir));
        root = config.root;
      },
      'astro:build:start': () => {
        build = openCardBuild({
          cacheDir,
          workerFile: fileURLToPath(new URL('card-worker.ts', CARD_CODE)),
          rendererId: rendererId(root),
        });
      },
      'astro:build:done': ({ logger }) => {
        closeCardBuild();
        if (build) logger.info(editorMessages()('build.sharingCards', { drawn: build.drawn, reused: build.reused }));
      },
    },
  };
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
