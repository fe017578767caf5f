import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, type Locale } from '../../i18n/locales.ts';
import type { Corridor } from '../content/corridor-schema.ts';
import type { LegalFacts } from '../content/legal-schema.ts';
import type { TagLabels } from '../content/tag-schema.ts';

/** A partner of the agreement, as `content/partners.yaml` describes it (its logo as Astro's image). */
export type Partner = CollectionEntry<'partners'>['data'];

/**
 * The content folder's data files, as their schemas checked them. The
 * content check has reported any mistake in them before the build began.
 */
export interface SiteData {
  /** The partners, in their `order`. */
  partners: Partner[];
  /** The label of each news topic, by id, in each language. */
  tagLabels: Record<Locale, TagLabels>;
  /** The facts of content/legal.yaml; none when the content folder has no such file. */
  legal: LegalFacts;
  /** The corridor map's data; undefined when the content folder has no map file. */
  corridor: Corridor | undefined;
}

let siteData: Promise<SiteData> | undefined;

/**
 * The data files, read once per build. The one module that reads them:
 * src/middleware.ts hands them to every request through `Astro.locals`.
 */
export function loadSiteData(): Promise<SiteData> {
  siteData ??= readSiteData();
  return siteData;
}

async function readSiteData(): Promise<SiteData> {
  const [partners, tags, legal, map] = await Promise.all([
    getCollection('partners'),
    getCollection('tags'),
    getCollection('legal'),
    getCollection('map'),
  ]);
  const labelsIn = (lang: Locale): TagLabels => new Map(tags.map((entry) => [entry.id, entry.data.label[lang]]));
  return {
    partners: partners.map((entry) => entry.data).sort((a, b) => a.order - b.order),
    tagLabels: Object.fromEntries(locales.map((lang) => [lang, labelsIn(lang)])) as Record<Locale, TagLabels>,
    legal: legal[0]?.data ?? {},
    corridor: map.find((entry) => entry.id === 'corridor')?.data,
  };
}
