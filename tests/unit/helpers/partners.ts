import type { Partner } from '../../../src/lib/astro/collections.ts';

/** A test partner `letter` (`a`, `b`…), with `details` over its defaults. */
export function testPartner(letter: string, details: Partial<Partner> = {}): Partner {
  const upper = letter.toUpperCase();
  return {
    id: `partner-${letter}`,
    order: 1,
    name: { fr: `Partenaire ${upper}`, en: `Partner ${upper}` },
    ofName: { fr: `du partenaire ${upper}`, en: `of partner ${upper}` },
    summary: { fr: '…', en: '…' },
    website: `https://${letter}.example.org`,
    ...details,
  };
}

/** Contact details for tests, with the phone written as editors write it. */
export const testContact = { street: '1, quai Test', postalCode: '76600', locality: 'Le Havre', phone: '+33 (2) 00 00 00 00' };
