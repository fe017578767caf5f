import { z } from 'astro/zod';
import { locales } from '../../i18n/locales.ts';
import { problem } from './content-error.ts';
import { dataId, uniqueIds } from './data-id.ts';
import { localizedText } from './localized-text.ts';
import { isReadableAddress, topicAddress } from './topic-address.ts';

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
 * empty file has none), each label giving its topic an address of its own.
 * A list rather than a map keyed by id, like partners.yaml, so that a form
 * can edit it item by item.
 */
export const tagListSchema = z
  .array(tagSchema, { error: problem('tags-list') })
  .superRefine((tags, context) => uniqueIds(tags, [], context))
  .superRefine(topicAddresses);

/**
 * Each topic's list of articles has an address made from its label, in each
 * language (news-lists.ts): a label must give one made of letters or digits,
 * and two labels never the same one. The mistake is at the label that comes
 * second in the file, which the message says to change, naming the first.
 */
function topicAddresses(tags: readonly Tag[], context: z.RefinementCtx): void {
  for (const lang of locales) {
    const taken = new Map<string, string>();
    tags.forEach((tag, index) => {
      const label = tag.label[lang];
      // An empty label is reported as such (localized-text.ts), not as an empty address.
      if (label.trim() === '') return;
      const address = topicAddress(label);
      const path = [index, 'label', lang];
      if (!isReadableAddress(address)) {
        context.addIssue({ code: 'custom', path, message: problem('topic-label-address') });
        return;
      }
      const other = taken.get(address);
      if (other === undefined) taken.set(address, label);
      else context.addIssue({ code: 'custom', path, message: problem('topic-address-taken'), params: { other, address } });
    });
  }
}
