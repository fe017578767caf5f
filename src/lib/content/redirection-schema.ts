import { z } from 'astro/zod';
import { problem } from './content-error.ts';

/** An address of the site from its root: a slash, then no blank, query or fragment. */
export const SITE_ADDRESS_PATTERN = /^\/[^\s?#]*$/;

/**
 * An address of the site as editors write links: from the root, without
 * the site's domain or base path, e.g. `/fr/accord/`. A folder's address
 * gets its final slash if it was left out (every page of the site is a
 * folder), so that `/fr/accord` and `/fr/accord/` are one address.
 */
export const siteAddress = z
  .string({ error: problem('redirect-address') })
  .trim()
  .regex(SITE_ADDRESS_PATTERN, problem('redirect-address'))
  .transform(asFolder);

/** `/fr/accord` → `/fr/accord/`; a file's address (`/fr/actualites/rss.xml`) stays as it is. */
export function asFolder(address: string): string {
  const last = address.slice(address.lastIndexOf('/') + 1);
  return last === '' || last.includes('.') ? address : `${address}/`;
}

/** One line of content/redirections.yaml: an old address, and the page it now leads to. */
export const redirectionSchema = z.strictObject({ from: siteAddress, to: siteAddress }, { error: problem('redirect-list') });

/** An old address and the page it leads to, as checked. */
export type Redirection = z.infer<typeof redirectionSchema>;

/** The whole of content/redirections.yaml: a list (an empty file has none). */
export const redirectionListSchema = z.array(redirectionSchema, { error: problem('redirect-list') });

/**
 * Where the redirect page of the old address `from` is written in the built
 * site (src/lib/seo/redirects.ts), or undefined for a file's address (a
 * feed): a page cannot stand in for it.
 */
export function redirectPageFile(from: string): string | undefined {
  return from.endsWith('/') ? `${from.slice(1)}index.html` : undefined;
}
