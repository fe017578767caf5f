import Slugger from 'github-slugger';

/**
 * A topic's address segment from its label, in one language: lower case,
 * without accents, like the content's file names (`Partenariats` →
 * `partenariats`). Empty when the label has no letter or digit (`???`): the
 * topics' schema refuses such a label (tag-schema.ts).
 */
export function topicAddress(label: string): string {
  return new Slugger().slug(label.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** Whether an address segment holds a letter or a digit, as readers can read and type it. */
export function isReadableAddress(segment: string): boolean {
  return /[\p{L}\p{N}]/u.test(segment);
}
