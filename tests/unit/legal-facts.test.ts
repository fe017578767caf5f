import { describe, expect, it } from 'vitest';
import { conformityStatus, legalPublication, missingFacts, withheldKinds } from '../../src/lib/content/legal-facts.ts';
import { legalSchema, type LegalFacts } from '../../src/lib/content/legal-schema.ts';

/** Every fact, fictional: what the fixture's legal.yaml gives. */
const complete: LegalFacts = legalSchema.parse({
  publisher: { partner: 'partner-b', legalForm: 'Établissement fictif' },
  director: 'Camille Exemple',
  host: { name: 'Hébergeur Fictif', street: '1, rue de l’Exemple', postalCode: 99999, locality: 'Villefictive', phone: '+00 1 23' },
  personalData: { controller: 'partner-a', email: 'donnees@example.org' },
});
const partners = [{ id: 'partner-a' }, { id: 'partner-b', contact: { phone: '+00 9 87' } }];

describe('conformityStatus', () => {
  it('is « non conforme » without an audit, whatever else is known', () => {
    expect(conformityStatus({})).toBe('non-compliant');
    expect(conformityStatus(complete)).toBe('non-compliant');
  });

  it('follows the RGAA’s thresholds: below half, at least half, every criterion', () => {
    const audited = (rate: number) =>
      legalSchema.parse({ accessibility: { audit: { date: '2027-03-15', reference: 'RGAA 4.1.2', rate, auditor: 'Audit Fictif' } } });
    expect(conformityStatus(audited(49.9))).toBe('non-compliant');
    expect(conformityStatus(audited(50))).toBe('partially-compliant');
    expect(conformityStatus(audited(99.9))).toBe('partially-compliant');
    expect(conformityStatus(audited(100))).toBe('compliant');
  });
});

describe('missingFacts', () => {
  it('lists every fact of both pages when none is known', () => {
    const missing = missingFacts({}, partners);
    expect(missing['legal-notice']).toEqual([
      'publisher.partner',
      'publisher.legalForm',
      'director',
      'host.name',
      'host.street',
      'host.postalCode',
      'host.locality',
      'host.phone',
    ]);
    expect(missing['personal-data']).toEqual(['host.name', 'personalData.controller', 'personalData.email']);
    expect(withheldKinds(missing)).toEqual(new Set(['legal-notice', 'personal-data']));
  });

  it('lists none once every fact is there, and then withholds nothing', () => {
    const missing = missingFacts(complete, partners);
    expect(missing).toEqual({ 'legal-notice': [], 'personal-data': [] });
    expect(withheldKinds(missing)).toEqual(new Set());
  });

  it('counts a fact left empty, as a web form may save it, as missing', () => {
    const blank = legalSchema.parse({ ...complete, director: '  ', personalData: { controller: 'partner-a', email: undefined } });
    expect(missingFacts(blank, partners)).toEqual({ 'legal-notice': ['director'], 'personal-data': ['personalData.email'] });
  });

  it('asks for the publisher’s phone in partners.yaml when its partner has none', () => {
    const publishedByA = legalSchema.parse({ ...complete, publisher: { partner: 'partner-a', legalForm: 'Établissement fictif' } });
    expect(missingFacts(publishedByA, partners)['legal-notice']).toEqual(['publisher.contact']);
  });
});

describe('legalPublication', () => {
  it('names the files of the pages that wait, and only of pages the content has', () => {
    const pages = [
      { filePath: 'content/fr/mentions-legales.mdx', data: { kind: 'legal-notice' as const } },
      { filePath: 'content/en/legal-notice.mdx', data: { kind: 'legal-notice' as const } },
      { filePath: 'content/fr/accessibilite.mdx', data: { kind: 'accessibility' as const } },
    ];
    const { withheld, waiting } = legalPublication({ ...complete, director: undefined }, partners, pages);
    expect(withheld).toEqual(new Set(['legal-notice']));
    expect(waiting).toEqual([
      { kind: 'legal-notice', files: ['content/fr/mentions-legales.mdx', 'content/en/legal-notice.mdx'], facts: ['director'] },
    ]);
  });
});
