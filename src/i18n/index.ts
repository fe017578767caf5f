import i18next, { type TFunction } from 'i18next';
import en from './en.json';
import fr from './fr.json';
import { sourceLocale, type Locale } from './locales.ts';

/**
 * UI strings, one JSON file per language. `satisfies` makes the compiler
 * reject an English file that lacks a French key; the unit tests check the
 * other direction.
 */
export const resources = {
  fr: { translation: fr },
  en: { translation: en },
} satisfies Record<Locale, { translation: typeof fr }>;

const i18n = i18next.createInstance();
// The resources are bundled, so initialisation is synchronous and finishes here.
void i18n.init({
  resources,
  lng: sourceLocale,
  // A missing string must show up in tests, not quietly borrow another language.
  fallbackLng: false,
  initAsync: false,
  // Astro escapes every expression it renders; escaping here would do it twice.
  interpolation: { escapeValue: false },
});

/** A translation function bound to one language. */
export type Translate = TFunction<'translation'>;

/** The UI strings of `locale`: `t('nav.home')`, `t('axes.number', { number: 2 })`. */
export function useTranslations(locale: Locale): Translate {
  return i18n.getFixedT(locale);
}
