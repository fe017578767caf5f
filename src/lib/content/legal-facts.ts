import type { PageKind } from './page-schema.ts';
import type { LegalFacts } from './legal-schema.ts';

/*
 * What content/legal.yaml makes of the three pages public sites carry: the
 * accessibility statement is always published (its status says « non
 * conforme » until an audit says otherwise); the legal notice and the
 * personal-data page only once every fact they must give is known, so that
 * no page ever shows a blank or a placeholder where a fact should be.
 */

/** The page kinds whose facts content/legal.yaml holds. */
export const legalPageKinds = ['accessibility', 'legal-notice', 'personal-data'] as const satisfies readonly PageKind[];

/** The pages published only once their facts are known. */
export const pagesNeedingFacts = ['legal-notice', 'personal-data'] as const satisfies readonly PageKind[];

export type PageNeedingFacts = (typeof pagesNeedingFacts)[number];

/**
 * A fact a page needs, as the reports name it: a field of legal.yaml, or
 * `publisher.contact`, the publisher's address and phone in partners.yaml.
 */
export type FactName =
  | 'publisher.partner'
  | 'publisher.legalForm'
  | 'publisher.contact'
  | 'director'
  | 'host.name'
  | 'host.street'
  | 'host.postalCode'
  | 'host.locality'
  | 'host.phone'
  | 'personalData.controller'
  | 'personalData.email';

/** What the facts need of a partner of partners.yaml. */
export interface PartnerFacts {
  id: string;
  contact?: { phone?: string | undefined } | undefined;
}

/** The RGAA's three statuses; without a valid audit, the site is « non conforme ». */
export type ConformityStatus = 'non-compliant' | 'partially-compliant' | 'compliant';

/**
 * The status the RGAA gives a site: totally compliant when the audit found
 * every criterion met, partially when at least half, not compliant below
 * that or without an audit, whatever automated tests say.
 */
export function conformityStatus(facts: LegalFacts): ConformityStatus {
  const rate = facts.accessibility?.audit?.rate;
  if (rate === undefined || rate < 50) return 'non-compliant';
  return rate === 100 ? 'compliant' : 'partially-compliant';
}

/** For each page that needs facts, the facts still missing: none once it can be published. */
export function missingFacts(facts: LegalFacts, partners: readonly PartnerFacts[]): Record<PageNeedingFacts, FactName[]> {
  const known = (value: string | undefined) => value !== undefined && value !== '';
  const publisher = partners.find((partner) => partner.id === facts.publisher?.partner);
  const has: Record<FactName, boolean> = {
    'publisher.partner': known(facts.publisher?.partner),
    'publisher.legalForm': known(facts.publisher?.legalForm),
    // A publisher not yet named has no contact details missing: naming it comes first.
    'publisher.contact': !publisher || known(publisher.contact?.phone),
    director: known(facts.director),
    'host.name': known(facts.host?.name),
    'host.street': known(facts.host?.street),
    'host.postalCode': known(facts.host?.postalCode),
    'host.locality': known(facts.host?.locality),
    'host.phone': known(facts.host?.phone),
    'personalData.controller': known(facts.personalData?.controller),
    'personalData.email': known(facts.personalData?.email),
  };
  const needs: Record<PageNeedingFacts, FactName[]> = {
    'legal-notice': [
      'publisher.partner',
      'publisher.legalForm',
      'publisher.contact',
      'director',
      'host.name',
      'host.street',
      'host.postalCode',
      'host.locality',
      'host.phone',
    ],
    'personal-data': ['host.name', 'personalData.controller', 'personalData.email'],
  };
  return {
    'legal-notice': needs['legal-notice'].filter((name) => !has[name]),
    'personal-data': needs['personal-data'].filter((name) => !has[name]),
  };
}

/** The kinds of page not published yet, because facts they must give are missing. */
export function withheldKinds(missing: Record<PageNeedingFacts, FactName[]>): ReadonlySet<PageKind> {
  return new Set(pagesNeedingFacts.filter((kind) => missing[kind].length > 0));
}

/** A page not published yet, its files, and the facts it waits for. */
export interface WaitingPage {
  kind: PageNeedingFacts;
  /** Its files, in each language, as editors open them. */
  files: string[];
  facts: FactName[];
}

/** What the facts allow to publish, and what they keep waiting. */
export interface LegalPublication {
  withheld: ReadonlySet<PageKind>;
  /** The pages of the content folder that wait for facts, for the editors' report. */
  waiting: WaitingPage[];
}

/** The pages of `pages` that `facts` keep from being published, and why. */
export function legalPublication(
  facts: LegalFacts,
  partners: readonly PartnerFacts[],
  pages: readonly { filePath: string; data: { kind: PageKind } }[],
): LegalPublication {
  const missing = missingFacts(facts, partners);
  const withheld = withheldKinds(missing);
  const waiting = pagesNeedingFacts.flatMap((kind) => {
    const files = pages.filter((page) => page.data.kind === kind).map((page) => page.filePath);
    return withheld.has(kind) && files.length > 0 ? [{ kind, files, facts: missing[kind] }] : [];
  });
  return { withheld, waiting };
}
