import i18next, { type i18n, type Resource } from 'i18next';
import { sourceLocale } from './locales.ts';

/**
 * An i18next instance over catalogues bundled with the code, for the site's
 * interface (`translation`) and the editors' messages (`editor`) alike.
 */
export function bundledI18n(resources: Resource, namespace: string): i18n {
  const instance = i18next.createInstance();
  // The catalogues are bundled, so initialisation is synchronous and finishes here.
  void instance.init({
    resources,
    ns: [namespace],
    defaultNS: namespace,
    lng: sourceLocale,
    // A missing string must show up in tests, not quietly borrow another language.
    fallbackLng: false,
    initAsync: false,
    // Astro escapes every expression it renders, and the preview's page escapes
    // the editors' messages itself; escaping here would do it twice.
    interpolation: { escapeValue: false },
  });
  return instance;
}
