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

/** A partner without contact details in partners.yaml: where readers find them, its official website. */
export interface PartnerWebsite {
  name: string;
  /** Its name as it follows "of" in a sentence (see partner-schema.ts). */
  ofName: string;
  website: string;
}

/**
 * How readers of `lang` reach the partner `id`: its contact details when
 * partners.yaml gives them, otherwise its official website (which every
 * partner has), so that no address is ever made up.
 *
 * @throws {Error} when the partner is missing: the content check reports
 * that to editors before the build gets here.
 */
export function partnerReach(partners: readonly PartnerFacts[], id: string, lang: Locale): PartnerContact | PartnerWebsite {
  const partner = partners.find((candidate) => candidate.id === id);
  if (!partner) throw new Error(`No partner "${id}" in content/partners.yaml.`);
  if (partner.contact) return partnerContact(partners, id, lang);
  return { name: partner.name[lang], ofName: partner.ofName[lang], website: partner.website };
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
