import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editorMessages } from '../i18n/editor/index.ts';
import { closeCardBuild, openCardBuild, type CardBuild } from '../lib/sharing-cards/build-channel.ts';

/** The packages whose versions change a card's pixels. */
const RENDERERS = ['satori', '@resvg/resvg-js', 'sharp', '@fontsource/source-sans-3'];
/** The code that draws a laid-out card (src/lib/sharing-cards/): a change to it redraws every card. */
const CARD_CODE = new URL('../lib/sharing-cards/', import.meta.url);
const DRAWING_CODE = ['draw-card.ts', 'fonts.ts'];

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

function rendererId(root: URL): string {
  const hash = createHash('sha256');
  for (const name of RENDERERS) {
    const { version } = JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root), 'utf8')) as {
      version: string;
    };
    hash.update(`${name}@${version}\n`);
  }
  for (const file of DRAWING_CODE) hash.update(readFileSync(new URL(file, CARD_CODE)));
  return hash.digest('hex');
}
