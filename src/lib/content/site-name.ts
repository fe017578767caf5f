import type { Locale } from '../../i18n/locales.ts';
import type { LocalizedText } from './localized-text.ts';

/**
 * The site's name in `lang`: the partners' names in their order, as the
 * lockup stacks them ("Port de Montréal · HAROPA PORT"). Page titles,
 * `og:site_name`, feeds and sharing cards all use it, so the site has one
 * name everywhere and it follows content/partners.yaml.
 */
export function siteName(partners: readonly { name: LocalizedText }[], lang: Locale): string {
  return partners.map((partner) => partner.name[lang]).join(' · ');
}
