declare namespace App {
  interface Locals {
    /** The language of the content being rendered, for components used inside it. */
    contentLang: import('./i18n/locales.ts').Locale;
  }
}
