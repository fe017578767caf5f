import type { TFunction } from 'i18next';
import { bundledI18n } from '../bundled-i18n.ts';
import type { Locale } from '../locales.ts';
import { editorLanguage } from './language.ts';
// Import attributes: the editors' commands load this with Node.js itself, not Vite.
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

/**
 * What editors read, one catalogue per language: content problems (by
 * code), the build's report, the preview's page and the editors' commands.
 * `satisfies` makes the compiler reject an English catalogue that lacks a
 * French key; the unit tests check the other direction.
 */
export const editorResources = {
  fr: { editor: fr },
  en: { editor: en },
} satisfies Record<Locale, { editor: typeof fr }>;

const i18n = bundledI18n(editorResources, 'editor');

/** Editor messages bound to one language. */
export type EditorTranslate = TFunction<'editor'>;

/** The editor messages of `lang`: `t('report.hint')`, `t('problems.date-format', { value })`. */
export function editorTranslations(lang: Locale): EditorTranslate {
  return i18n.getFixedT(lang, 'editor');
}

/** The editor messages in the language of whoever runs this process (see language.ts). */
export function editorMessages(env: Record<string, string | undefined> = process.env, option?: string): EditorTranslate {
  return editorTranslations(editorLanguage(env, option));
}
