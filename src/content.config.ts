import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { pagesLoader, tolerantLoader } from './lib/astro/tolerant-loader.ts';
import { legalSchema } from './lib/content/legal-schema.ts';
import { pageSchemaWith } from './lib/content/page-schema.ts';
import { partnerSchema } from './lib/content/partner-schema.ts';
import { tagSchema } from './lib/content/tag-schema.ts';
import { corridorSchema } from './lib/content/corridor-schema.ts';
import { dataFilePath, type DataFileKind } from './lib/content/data-file-names.ts';
import { siteSettings } from './lib/settings.ts';

const { contentDir } = siteSettings(process.env);

/**
 * Every page of the site, from `content/<language>/…`. The entry id is the
 * file path itself (`fr/accord/index.mdx`): the route resolver reads language
 * and URL from it, and checks its form with messages meant for editors.
 */
const pages = defineCollection({
  loader: pagesLoader({ base: `./${contentDir}`, pattern: '**/*.{md,mdx}', generateId: ({ entry }) => entry }),
  schema: ({ image }) => pageSchemaWith(image()),
});

/** A data file of the content folder; a content folder without it has no entries of that kind. */
function dataFile(kind: DataFileKind, options?: Parameters<typeof file>[1]) {
  const path = `./${dataFilePath(contentDir, kind)}`;
  return existsSync(path) ? tolerantLoader(file(path, options), path) : () => [];
}

/** The two partners, in the order the site presents them. */
const partners = defineCollection({ loader: dataFile('partners'), schema: ({ image }) => partnerSchema(image()) });

/** The news topics, a list whose items' `id` is what articles give in `tags`. */
const tags = defineCollection({ loader: dataFile('tags'), schema: tagSchema });

/**
 * The corridor map's places and route, `content/map/corridor.yaml`. The whole
 * file is one entry, `corridor`, so that its schema can check the route and
 * the inset against the places.
 */
const map = defineCollection({
  loader: dataFile('corridor', { parser: (text) => ({ corridor: parseYaml(text) as Record<string, unknown> }) }),
  schema: corridorSchema,
});

/**
 * The facts of the legal pages, `content/legal.yaml`: the whole file is one
 * entry, `legal`; an empty file (no fact known yet) is an empty one.
 */
const legal = defineCollection({
  loader: dataFile('legal', { parser: (text) => ({ legal: (parseYaml(text) as Record<string, unknown> | null) ?? {} }) }),
  schema: legalSchema,
});

export const collections = { pages, partners, tags, map, legal };
