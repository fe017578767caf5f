import { z } from 'astro/zod';
import { locales, type Locale } from '../../i18n/locales.ts';
import { problem, type ProblemCode } from './content-error.ts';

/** A text written in every language of the site: `{ fr: …, en: … }`. */
export type LocalizedText = Record<Locale, string>;

/**
 * The schema of a text given in every language, for the data files editors
 * keep beside the pages (partners, tags, places). Its messages name no
 * language: the content check reads it from the field at fault (`name.en`).
 */
export const localizedText = localizedTextSchema('text-languages');

/**
 * The same, with a message of its own (`whenMissing`) when the field is
 * missing or not written language by language: for a field whose purpose
 * the general message would not explain.
 */
export function localizedTextSchema(whenMissing: ProblemCode) {
  return z.strictObject(
    Object.fromEntries(
      locales.map((lang) => [lang, z.string({ error: problem('text-language-missing') }).trim().min(1, problem('text-language-empty'))]),
    ) as Record<Locale, z.ZodString>,
    { error: problem(whenMissing) },
  );
}
