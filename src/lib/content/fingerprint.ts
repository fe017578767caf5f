import { createHash } from 'node:crypto';
import { FINGERPRINT_LENGTH, fingerprintText, type PageText } from './fingerprint-text.ts';

export type { PageText } from './fingerprint-text.ts';

/**
 * A short fingerprint of a page's text. A translation records the
 * fingerprint of its original when it is brought up to date; when the
 * original's fingerprint changes, the translation is outdated. It lives in
 * the files themselves, so it works without git history (shallow clones).
 */
export function fingerprint(text: PageText): string {
  return createHash('sha256').update(fingerprintText(text)).digest('hex').slice(0, FINGERPRINT_LENGTH);
}
