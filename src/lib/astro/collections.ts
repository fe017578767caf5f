import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';
import type { LegalFacts } from '../content/legal-schema.ts';
import type { TagLabels } from '../content/tag-schema.ts';

/** A partner of the agreement, as `content/partners.yaml` describes it. */
export type Partner = CollectionEntry<'partners'>['data'];

let partners: Promise<Partner[]> | undefined;

/** The partners, in their `order`; read once per build. */
export function loadPartners(): Promise<Partner[]> {
  partners ??= getCollection('partners').then((entries) =>
    entries.map((entry) => entry.data).sort((a, b) => a.order - b.order),
  );
  return partners;
}

let tags: Promise<CollectionEntry<'tags'>[]> | undefined;

/**
 * The label of each news topic in `lang`, from `content/tags.yaml`. An
 * article's topic that the file does not define is caught by the content
 * check before the build gets here.
 */
export async function loadTagLabels(lang: Locale): Promise<TagLabels> {
  tags ??= getCollection('tags');
  return new Map((await tags).map((entry) => [entry.id, entry.data.label[lang]]));
}

let legal: Promise<LegalFacts> | undefined;

/** The facts of content/legal.yaml; none when the content folder has no such file. */
export function loadLegalFacts(): Promise<LegalFacts> {
  legal ??= getCollection('legal').then((entries) => entries[0]?.data ?? {});
  return legal;
}
