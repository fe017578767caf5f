import { useTranslations } from './index.ts';
import { langChange, type Locale } from './locales.ts';

/**
 * What readers of `readerLang` see after the title of a page written in
 * `contentLang`: "(in French)", "(en anglais)"; nothing when the page is in
 * their own language. Lists, page titles and search results all flag a
 * page in another language with it.
 */
export function languageMarker(readerLang: Locale, contentLang: Locale): string | undefined {
  const foreign = langChange(contentLang, readerLang);
  if (!foreign) return undefined;
  const t = useTranslations(readerLang);
  return t('language.inLanguage', { language: t(`language.names.${foreign}`) });
}
