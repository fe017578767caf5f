import { defineCollection } from 'astro:content';
import { pagesLoader } from './lib/content/pages-loader.ts';
import { pageSchema } from './lib/content/page-schema.ts';
import { siteSettings } from './lib/settings.ts';

const { contentDir } = siteSettings(process.env);

/**
 * Every page of the site, from `content/<language>/…`. The entry id is the
 * file path itself (`fr/accord/index.mdx`): the route resolver reads language
 * and URL from it, and checks its form with messages meant for editors.
 */
const pages = defineCollection({
  loader: pagesLoader({ base: `./${contentDir}`, pattern: '**/*.{md,mdx}', generateId: ({ entry }) => entry }),
  schema: pageSchema,
});

export const collections = { pages };
