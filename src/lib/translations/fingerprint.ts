import { createHash } from 'node:crypto';

/** What a reader of a page reads; a change to any of it calls for the translations to follow. */
export interface PageText {
  title: string;
  description: string;
  /** The MDX body, as written. */
  body: string;
}

/**
 * A short fingerprint of a page's text. A translation records the
 * fingerprint of its original when it is brought up to date; when the
 * original's fingerprint changes, the translation is outdated. It lives in
 * the files themselves, so it works without git history (shallow clones).
 * Runs of white space count as one, so re-wrapping lines changes nothing.
 */
export function fingerprint(text: PageText): string {
  const normalized = [text.title, text.description, text.body].map((part) => part.replace(/\s+/g, ' ').trim());
  return createHash('sha256').update(JSON.stringify(normalized)).digest('hex').slice(0, 12);
}
