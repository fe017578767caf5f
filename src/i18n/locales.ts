/**
 * The site's languages. Everything that depends on the list of languages
 * reads it from here.
 */
export const locales = ['fr', 'en'] as const;

/** A language of the site, as used in URLs, content folders and `lang` attributes. */
export type Locale = (typeof locales)[number];

/** French is the language content is written in first. */
export const sourceLocale: Locale = 'fr';

/** Region-specific tags for `Intl` formatting: HAROPA PORT is French, the Port of Montréal Canadian. */
const intlTags: Record<Locale, string> = { fr: 'fr-FR', en: 'en-CA' };

/** Whether `value` names one of the site's languages. */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The languages other than `locale`, in the site's order. */
export function otherLocales(locale: Locale): Locale[] {
  return locales.filter((candidate) => candidate !== locale);
}

/** The `Intl` locale tag to format numbers and dates for readers of `locale`. */
export function intlTag(locale: Locale): string {
  return intlTags[locale];
}

/**
 * The `lang` attribute a part in `lang` needs inside a parent in
 * `parentLang`: none when they match, so markup only marks real changes.
 */
export function langChange(lang: Locale, parentLang: Locale): Locale | undefined {
  return lang === parentLang ? undefined : lang;
}

/** Open Graph locale of each language (`og:locale`): HAROPA PORT is French, the Port of Montréal Canadian. */
const ogLocales: Record<Locale, string> = { fr: 'fr_FR', en: 'en_CA' };

/** The `og:locale` value for `locale`. */
export function ogLocale(locale: Locale): string {
  return ogLocales[locale];
}
