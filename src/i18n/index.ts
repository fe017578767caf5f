import type { TFunction } from 'i18next';
import { bundledI18n } from './bundled-i18n.ts';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import type { Locale } from './locales.ts';

/**
 * UI strings, one JSON file per language. `satisfies` makes the compiler
 * reject an English file that lacks a French key; the unit tests check the
 * other direction.
 */
export const resources = {
  fr: { translation: fr },
  en: { translation: en },
} satisfies Record<Locale, { translation: typeof fr }>;

const i18n = bundledI18n(resources, 'translation');

/** A translation function bound to one language. */
export type Translate = TFunction<'translation'>;

/** The UI strings of `locale`: `t('nav.home')`, `t('axes.number', { number: 2 })`. */
export function useTranslations(locale: Locale): Translate {
  return i18n.getFixedT(locale);
}
