import type { ProblemCode } from '../content/content-error.ts';

/**
 * The code of a reference to a partner that partners.yaml does not have:
 * `code`, whose message lists the partners to choose from; or, when
 * partners.yaml has none (emptied, or removed), one that says so rather
 * than list none.
 */
export function unknownPartnerCode(code: ProblemCode, partners: readonly string[]): ProblemCode {
  return partners.length > 0 ? code : 'partner-none';
}
