import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { localizedText } from './localized-text.ts';

/**
 * One partner of the agreement (`content/partners.yaml`): its name, one
 * sentence about it and its official website, in each language; optionally
 * its official logo, which then replaces its name in the site's lockup.
 */
export const partnerSchema = ({ image }: SchemaContext) =>
  z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id uses lowercase letters, digits and hyphens only'),
    /** Where the partner comes: 1 first. The site names the partners in this order. */
    order: z.number({ error: 'write the partner’s place as a number: order: 1 for the first' }).int().min(1),
    name: localizedText('the name'),
    summary: localizedText('the sentence that presents the partner'),
    website: z.url({ error: 'write the official website as a full address, e.g. https://www.example.org' }),
    logo: z.strictObject({ src: image(), alt: localizedText('what the logo says') }).optional(),
  });
