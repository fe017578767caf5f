/**
 * The cards themselves, drawn by astro-og-canvas's endpoint helper as its
 * documentation sets it up: one PNG per page at `/og/<page id>.png`.
 * Injected by astro.config.ts only when SHARING_CARDS=1. The cards are kept
 * across builds in Astro's cache folder, as ours are, so a rebuild after one
 * title changed draws one card.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { OGImageRoute } from 'astro-og-canvas';
import { cardPages } from './card-pages.ts';

/*
 * Our cards' typeface, from our own site's packages (the build runs in
 * bench/starlight/, two folders below our project), so that no font is
 * fetched from the network, which astro-og-canvas does by default.
 */
const ourPackages = createRequire(join(process.cwd(), '..', '..', 'package.json'));
const font = (weight: number) => ourPackages.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`);

export const { getStaticPaths, GET } = await OGImageRoute({
  param: 'slug',
  pages: await cardPages(),
  getSlug: (id) => `${id}.png`,
  getImageOptions: (_id, page) => ({
    title: page.title,
    description: page.description,
    fonts: [font(400), font(700)],
    font: { title: { families: ['Source Sans 3'], weight: 'Bold' }, description: { families: ['Source Sans 3'] } },
    bgGradient: [[24, 36, 64]],
    border: { color: [255, 196, 0], width: 16, side: 'inline-start' },
    cacheDir: join(process.env.CACHE_DIR ?? join('node_modules', '.astro'), 'sharing-cards'),
  }),
});
