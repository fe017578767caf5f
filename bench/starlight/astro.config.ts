import starlight from '@astrojs/starlight';
import { defineConfig, type AstroIntegration } from 'astro/config';

/** SHARING_CARDS=1: Starlight-with-cards, which also draws a sharing card per page (src/sharing-cards/). */
const withCards = process.env.SHARING_CARDS === '1';

/** The route of the cards, added to the site only when it draws them. */
const sharingCards: AstroIntegration = {
  name: 'bench-sharing-cards',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      injectRoute({ pattern: '/og/[...slug]', entrypoint: './src/sharing-cards/card-route.ts', prerender: true });
    },
  },
};

/*
 * The Starlight site of the build benchmark: the same synthetic pages as
 * ours, written into src/content/docs/ by bench/run.ts. Settings that would
 * make Starlight do work our site does not do are turned off, so the two
 * builds compare like for like (see bench/README.md).
 */
export default defineConfig({
  // Set, as on our site, so both write a sitemap.
  site: 'http://localhost:4321',
  outDir: process.env.OUT_DIR || 'dist',
  // Each variant keeps its own content cache (and cards), as ours does in CACHE_DIR.
  ...(process.env.CACHE_DIR ? { cacheDir: process.env.CACHE_DIR } : {}),
  integrations: [
    starlight({
      title: 'Benchmark',
      defaultLocale: 'fr',
      locales: {
        fr: { label: 'Français', lang: 'fr' },
        en: { label: 'English', lang: 'en' },
      },
      // Both sites build a Pagefind search index (ours in src/integrations/search-index.ts).
      pagefind: true,
      // Each page's og:image names its card.
      ...(withCards ? { routeMiddleware: './src/sharing-cards/route-data.ts' } : {}),
      // Our main menu lists the agreement, the news page and the contact page,
      // not every article; Starlight's default sidebar would list every page on every page.
      sidebar: [
        { label: 'Accord', translations: { en: 'Agreement' }, items: [{ autogenerate: { directory: 'accord' } }] },
        { slug: 'actualites' },
        { slug: 'contact' },
      ],
    }),
    ...(withCards ? [sharingCards] : []),
  ],
  vite: {
    build: {
      rolldownOptions: {
        // The warning our site hides too (see its astro.config.ts): printed once
        // per MDX file, it would cost Starlight time ours does not spend.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
