import { z } from 'astro/zod';
import { locales, type Locale } from '../../i18n/locales.ts';

/** A text written in every language of the site: `{ fr: …, en: … }`. */
export type LocalizedText = Record<Locale, string>;

/**
 * The schema of a text given in every language, for the data files editors
 * keep beside the pages (partners, tags, places).
 */
export function localizedText(what: string) {
  const shape = Object.fromEntries(
    locales.map((lang) => [lang, z.string({ error: `write ${what} in "${lang}"` }).trim().min(1, `${what} in "${lang}" is empty`)]),
  ) as Record<Locale, z.ZodString>;
  return z.strictObject(shape, { error: `write ${what} in each language, e.g. { ${locales.map((lang) => `${lang}: …`).join(', ')} }` });
}
