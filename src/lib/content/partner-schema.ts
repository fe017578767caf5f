import { z } from 'astro/zod';
import { problem } from './content-error.ts';
import { dataId } from './data-id.ts';
import { localizedText, localizedTextSchema } from './localized-text.ts';

/** A line of an address or a phone number, as written; YAML reads a postal code like 76600 as a number. */
const contactLine = z
  .union([z.string(), z.number().int()], { error: problem('partner-contact') })
  .transform(String)
  .pipe(z.string().trim().min(1, problem('partner-contact')));

/**
 * Where to write to or call a partner, shown by `<ContactBlock partner="…">`
 * and given to search engines (structured data).
 */
const contactDetails = z.strictObject(
  { street: contactLine, postalCode: contactLine, locality: contactLine, phone: contactLine.optional() },
  { error: problem('partner-contact') },
);

/** A partner as checked, whatever checks its logo (Astro's image for the build, a file check before it). */
export type PartnerFacts = z.infer<ReturnType<typeof partnerSchema<z.ZodUnknown>>>;

/** A partner's contact details, as checked. */
export type ContactDetails = z.infer<typeof contactDetails>;

/**
 * One partner of the agreement (`content/partners.yaml`): its name, its
 * name as it follows "of" in a sentence, one sentence about it and its
 * official website, in each language; optionally
 * its official logo, which then replaces its name in the site's lockup,
 * and its contact details.
 *
 * `logo` checks `logo.src`: Astro's `image()` for the build, which resolves
 * the file and reads its size; the content check, which runs before Astro,
 * gives a schema that only checks that the file is there.
 */
export const partnerSchema = <Logo extends z.ZodType>(logo: Logo) =>
  z.strictObject(
    {
      id: dataId,
      /** Where the partner comes: 1 first. The site names the partners in this order. */
      order: z.number({ error: problem('partner-order') }).int(problem('partner-order')).min(1, problem('partner-order')),
      name: localizedText,
      /**
       * The name as it reads after « de » / "of", article included, which
       * French contracts (« du Port de Montréal », « de HAROPA PORT »):
       * « Site officiel du Port de Montréal ». Written out rather than
       * derived, as only the partner's own usage says which form it takes.
       */
      ofName: localizedTextSchema('partner-of-name'),
      summary: localizedText,
      website: z.url({
        protocol: /^https?$/,
        error: (issue) => problem(issue.input === undefined ? 'partner-website-missing' : 'partner-website'),
      }),
      logo: z.strictObject({ src: logo, alt: localizedText }, { error: problem('partner-logo') }).optional(),
      contact: contactDetails.optional(),
    },
    { error: problem('partners-list') },
  );
