// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { webEditor } from './src/integrations/web-editor/index.ts';
import { redirects } from './src/integrations/redirects.ts';
import { sharingCards } from './src/integrations/sharing-cards.ts';
import { mapCache } from './src/integrations/map-cache.ts';
import { exitWatchdog } from './src/integrations/exit-watchdog.ts';
import { frenchTypography } from './src/lib/markdown/french-typography.ts';
import { siteLinksPlugin } from './src/lib/markdown/site-links.ts';
import { siteSettings } from './src/lib/settings.ts';
import { MAX_IMAGE_PIXELS } from './src/lib/check/images.ts';

const settings = siteSettings(process.env);
// The web editor (/admin/) offers the topics, axes and partners of the build's content check.
const editor = webEditor({ contentDir: settings.contentDir });
// The old addresses of content/redirections.yaml, as the build's content check read them.
const oldAddresses = redirects();

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: settings.siteUrl,
  base: settings.basePath,
  outDir: settings.outDir,
  // One URL style everywhere: every page is a folder, every link ends in "/".
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Inline the (small) stylesheet so each page arrives in one round trip.
    inlineStylesheets: 'always',
    // A page waits for its files to be written (HTML, sharing card, map drawing); four at a time, one renders
    // while the others wait, as many as Node.js writes files at once (its default of four threads).
    concurrency: 4,
  },
  // Each fixture content root gets its own content-layer cache, so a fixture
  // build can never reuse entries from the real content (or the other way round).
  cacheDir: settings.cacheDir,
  image: {
    // Sharp, keeping every file it writes at most 2,400 pixels wide (src/lib/astro/image-service.ts);
    // the content check refuses larger images first, sharp's own limit says the same.
    service: { entrypoint: './src/lib/astro/image-service.ts', config: { limitInputPixels: MAX_IMAGE_PIXELS } },
  },
  // Astro hashes every inline style and script of each page into a CSP
  // <meta>; public/_headers adds what only an HTTP header can carry.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Nothing runs inline without a hash; the search pages add 'wasm-unsafe-eval'
      // for Pagefind's WebAssembly (src/pages/[...path].astro).
      scriptDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    // A failing build ends on its own, even when Node.js's exit hangs (nodejs/node#54918).
    exitWatchdog(),
    // First, so an editor's mistake is reported before anything else runs.
    // It also stops a build that would drop an address the site published last (PUBLISHED_ADDRESSES) without a redirection.
    contentCheck({
      contentDir: settings.contentDir,
      publicDir: 'public',
      publishedAddresses: settings.publishedAddresses,
      onBuildChecked: (check) => {
        editor.useCheck(check);
        oldAddresses.useCheck(check);
      },
    }),
    mdx(),
    // Where the cards' cache is, for the card endpoints, and how many cards each build drew.
    sharingCards(),
    // Where the corridor map's drawings are kept between builds, for the map's endpoint.
    mapCache(),
    // After the pages are written: indexes them for the search page.
    searchIndex(),
    editor.integration,
    oldAddresses.integration,
  ],
  markdown: {
    // Shiki colours code with inline styles, which the CSP blocks (and Astro
    // warns about, in English, on every build editors run): code blocks are plain.
    syntaxHighlight: false,
    processor: satteri({
      // Inline HTML in Markdown becomes real elements, so plugins see its `lang` (MDX's JSX already is).
      features: { rawHtml: true },
      // French spacing before `; ! ? :` and inside « » (src/lib/markdown/french-spacing.ts), and the base
      // path (and, for print, the absolute URL) on links editors write from the root;
      // @astrojs/mdx extends this config, so .md and .mdx content get both alike.
      hastPlugins: [frenchTypography(new URL(`./${settings.contentDir}/`, import.meta.url)), siteLinksPlugin(settings)],
    }),
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro's MDX output triggers a harmless bundler warning per file
        // (withastro/astro#18087); hiding it keeps real warnings visible to editors.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
