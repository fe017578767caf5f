import { z } from 'astro/zod';
import { problem } from './content-error.ts';
import { dataId } from './data-id.ts';
import { localizedText } from './localized-text.ts';

/**
 * One partner of the agreement (`content/partners.yaml`): its name, one
 * sentence about it and its official website, in each language; optionally
 * its official logo, which then replaces its name in the site's lockup.
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
      summary: localizedText,
      website: z.url({
        protocol: /^https?$/,
        error: (issue) => problem(issue.input === undefined ? 'partner-website-missing' : 'partner-website'),
      }),
      logo: z.strictObject({ src: logo, alt: localizedText }, { error: problem('partner-logo') }).optional(),
    },
    { error: problem('partners-list') },
  );
