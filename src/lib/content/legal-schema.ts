import { z } from 'astro/zod';
import { problem } from './content-error.ts';
import { calendarDay } from './page-schema.ts';

/*
 * content/legal.yaml: the facts the accessibility statement, the legal
 * notice and the personal-data page give, which only the ports can supply.
 * Every fact is optional: a page whose facts are missing is not published
 * (src/lib/content/legal-facts.ts says which), and a fact left empty ("")
 * counts as missing, as a web form may save it that way. A plain object of
 * plain fields, so that a form can be generated from it.
 */

/** A fact as written: a text, which may be left empty until it is known. */
const fact = z.string({ error: problem('legal-text') }).trim().optional();

/** A line of an address or a phone number; YAML reads a postal code like 76600 as a number. */
const addressLine = z
  .union([z.string(), z.number().int()], { error: problem('legal-text') })
  .transform((value) => String(value).trim())
  .optional();

/** An e-mail address readers may write to. */
const email = z.email({ error: problem('legal-email') }).optional();

/** A partner's id in partners.yaml, whose name, address and phone the pages show. */
const partnerId = fact;

/** The site's publisher (« éditeur »): one of the partners, and its legal form. */
const publisher = z.strictObject({ partner: partnerId, legalForm: fact }, { error: problem('legal-group') });

/** The company hosting the site (« hébergeur »). */
const host = z.strictObject(
  { name: fact, street: addressLine, postalCode: addressLine, locality: addressLine, country: fact, phone: addressLine },
  { error: problem('legal-group') },
);

/** A conformity audit of the site against the RGAA: all four facts, or no audit. */
const audit = z.strictObject(
  {
    date: calendarDay,
    /** The version of the standard the audit followed: « RGAA 4.1.2 ». */
    reference: z.string({ error: problem('legal-audit-field') }).trim().min(1, problem('legal-audit-field')),
    /** The share of the standard's criteria the site meets, in per cent. */
    rate: z.number({ error: problem('legal-audit-rate') }).min(0, problem('legal-audit-rate')).max(100, problem('legal-audit-rate')),
    /** Who audited: a company, or a team. */
    auditor: z.string({ error: problem('legal-audit-field') }).trim().min(1, problem('legal-audit-field')),
  },
  { error: problem('legal-audit') },
);

/** What the accessibility statement adds when it is known. */
const accessibility = z.strictObject({ email, audit: audit.optional() }, { error: problem('legal-group') });

/** Who answers for the personal data, and where to write to exercise one's rights. */
const personalData = z.strictObject({ controller: partnerId, email }, { error: problem('legal-group') });

/** The schema of content/legal.yaml (an empty file gives no fact). */
export const legalSchema = z.strictObject(
  {
    publisher: publisher.optional(),
    /** The publication director (« directeur ou directrice de la publication »): name and position. */
    director: fact,
    host: host.optional(),
    accessibility: accessibility.optional(),
    personalData: personalData.optional(),
  },
  { error: problem('legal-shape') },
);

/** The facts of content/legal.yaml, as checked. */
export type LegalFacts = z.infer<typeof legalSchema>;
