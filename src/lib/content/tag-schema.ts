import { z } from 'astro/zod';
import { problem } from './content-error.ts';
import { dataId, uniqueIds } from './data-id.ts';
import { localizedText } from './localized-text.ts';

/**
 * A news topic, one item of `content/tags.yaml`: the id articles give in
 * their `tags`, and the label readers see, in each language of the site
 * (`src/i18n/locales.ts`), like a partner's `name`.
 */
export const tagSchema = z.strictObject({ id: dataId, label: localizedText }, { error: problem('tags-list') });

/** A news topic, as checked. */
export type Tag = z.infer<typeof tagSchema>;

/** Labels of news topics, by id, in one language. */
export type TagLabels = ReadonlyMap<string, string>;

/**
 * The whole of `content/tags.yaml`: a list of topics, each id used once (an
 * empty file has none). A list rather than a map keyed by id, like
 * partners.yaml, so that a form can edit it item by item.
 */
export const tagListSchema = z
  .array(tagSchema, { error: problem('tags-list') })
  .superRefine((tags, context) => uniqueIds(tags, [], context));
