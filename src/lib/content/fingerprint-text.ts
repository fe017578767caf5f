/** What a reader of a page reads; a change to any of it calls for the translations to follow. */
export interface PageText {
  title: string;
  description: string;
  /** The MDX body, as written. */
  body: string;
}

/** How many hexadecimal digits of the SHA-256 digest a fingerprint keeps. */
export const FINGERPRINT_LENGTH = 12;

/**
 * The text a page's fingerprint is the digest of. Runs of white space count
 * as one, so re-wrapping lines changes nothing. Free of Node.js, so that the
 * build (`fingerprint.ts`) and the web editor (`src/admin/`), which hash it
 * each with their own SHA-256, always agree.
 */
export function fingerprintText(text: PageText): string {
  return JSON.stringify([text.title, text.description, text.body].map((part) => part.replace(/\s+/g, ' ').trim()));
}
