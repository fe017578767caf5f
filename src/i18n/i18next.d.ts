import type editor from './editor/fr.json';
import type fr from './fr.json';

// Types every `t()` key against the French resources, the source of truth:
// the site's interface strings, and the editors' messages (src/i18n/editor/).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr; editor: typeof editor };
  }
}
