import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteLinksPlugin } from './src/lib/markdown/site-links.ts';
import { siteSettings } from './src/lib/settings.ts';

const settings = siteSettings(process.env);

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
  },
  // Each fixture content root gets its own content-layer cache, so a fixture
  // build can never reuse entries from the real content (or the other way round).
  cacheDir: settings.cacheDir,
  integrations: [
    // First, so an editor's mistake is reported before anything else runs.
    contentCheck({ contentDir: settings.contentDir, publicDir: 'public', pagesDir: 'src/pages' }),
    mdx(),
    // After the pages are written: indexes them for the search page.
    searchIndex(),
  ],
  markdown: {
    processor: satteri({ hastPlugins: [siteLinksPlugin(settings)] }),
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
