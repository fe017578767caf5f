import type { Locale } from '../../i18n/locales.ts';
import type { PartnerFacts } from './partner-schema.ts';

/** A partner's contact details, ready to show. */
export interface PartnerContact {
  name: string;
  /** The address, line by line: the street, then the postal code and the town. */
  lines: string[];
  /** The number as written, kept on one line, and the `tel:` link that dials it. */
  phone: PhoneLink | undefined;
}

/** A phone number as shown, kept on one line, and the `tel:` link that dials it. */
export interface PhoneLink {
  shown: string;
  href: string;
}

/** `phone` as written, made a link that works on phones. */
export function phoneLink(phone: string): PhoneLink {
  // A phone number must not break across lines.
  return { shown: phone.replace(/ /g, '\u00a0'), href: `tel:${phone.replace(/[^\d+]/g, '')}` };
}

/**
 * The contact details of the partner `id`, in `lang`.
 *
 * @throws {Error} when the partner or its details are missing: the content
 * check reports that to editors before the build gets here.
 */
export function partnerContact(partners: readonly PartnerFacts[], id: string, lang: Locale): PartnerContact {
  const partner = partners.find((candidate) => candidate.id === id);
  if (!partner?.contact) throw new Error(`No contact details for the partner "${id}" in content/partners.yaml.`);
  const { street, postalCode, locality, phone } = partner.contact;
  return {
    name: partner.name[lang],
    lines: [street, `${postalCode} ${locality}`],
    phone: phone === undefined ? undefined : phoneLink(phone),
  };
}
