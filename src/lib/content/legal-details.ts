import type { Locale } from '../../i18n/locales.ts';
import type { PartnerFacts } from './partner-schema.ts';
import type { LegalFacts } from './legal-schema.ts';
import { partnerContact, phoneLink, type PartnerContact } from './partner-contact.ts';

/*
 * The facts of content/legal.yaml, ready for the legal pages to show. A page
 * is only published once its facts are there (legal-facts.ts); these give
 * undefined for a fact that is not, so that nothing is ever shown in its place.
 */

/** The publisher: its name, address and phone (from partners.yaml) and its legal form. */
export interface PublisherDetails {
  contact: PartnerContact;
  legalForm: string | undefined;
}

/** The publisher, once legal.yaml names it and partners.yaml gives its contact details. */
export function publisherDetails(legal: LegalFacts, partners: readonly PartnerFacts[], lang: Locale): PublisherDetails | undefined {
  const contact = partnerDetails(legal.publisher?.partner, partners, lang);
  return contact && { contact, legalForm: known(legal.publisher?.legalForm) };
}

/** The host's name, address and phone, as far as legal.yaml gives them. */
export function hostDetails(legal: LegalFacts): PartnerContact | undefined {
  const host = legal.host;
  const name = known(host?.name);
  if (!host || !name) return undefined;
  const town = [host.postalCode, host.locality].filter(known).join(' ');
  const phone = known(host.phone);
  return { name, lines: [host.street, town, host.country].flatMap((line) => known(line) ?? []), phone: phone === undefined ? undefined : phoneLink(phone) };
}

/** The data controller, a partner named by legal.yaml, with its contact details. */
export function controllerDetails(legal: LegalFacts, partners: readonly PartnerFacts[], lang: Locale): PartnerContact | undefined {
  const id = known(legal.personalData?.controller);
  const partner = partners.find((candidate) => candidate.id === id);
  if (!partner) return undefined;
  return partnerDetails(id, partners, lang) ?? { name: partner.name[lang], lines: [], phone: undefined };
}

/** A fact written and not left empty. */
export function known(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function partnerDetails(id: string | undefined, partners: readonly PartnerFacts[], lang: Locale): PartnerContact | undefined {
  const partner = partners.find((candidate) => candidate.id === id);
  return partner?.contact ? partnerContact(partners, partner.id, lang) : undefined;
}
