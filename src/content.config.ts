import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { corridorSchema } from './lib/map/corridor-schema.ts';
import { pageSchema } from './lib/page-schema.ts';
import { siteSettings } from './lib/settings.ts';

const { contentDir } = siteSettings(process.env);

/**
 * Every page of the site, from `content/<language>/…`. The entry id is the
 * file path itself (`fr/accord/index.mdx`): the route resolver reads language
 * and URL from it, and checks its form with messages meant for editors.
 */
const pages = defineCollection({
  loader: glob({ base: `./${contentDir}`, pattern: '**/*.{md,mdx}', generateId: ({ entry }) => entry }),
  schema: pageSchema,
});

/**
 * The corridor map's places and route, `content/map/corridor.yaml`. The whole
 * file is one entry, `corridor`, so that its schema can check the route and
 * the inset against the places.
 */
const map = defineCollection({
  loader: file(`${contentDir}/map/corridor.yaml`, { parser: (text) => ({ corridor: parseYaml(text) as Record<string, unknown> }) }),
  schema: corridorSchema,
});

export const collections = { pages, map };
