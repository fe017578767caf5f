import type { ContentProblem } from '../content/content-error.ts';
import { closest } from '../content/similar.ts';
import type { WrittenRedirection } from './data-files.ts';

/*
 * The old addresses of the site (content/redirections.yaml): each must lead
 * to a page the site has, in one step, and be an address no page has; and
 * every address the site published last must still lead somewhere, to its
 * page or through a redirection, so that no link to the site breaks
 * without the editors knowing.
 */

/**
 * The mistakes of redirections.yaml, against `live`, the addresses the
 * site serves (as editors write them, from the root without the base path).
 */
export function checkRedirections(redirections: readonly WrittenRedirection[], live: ReadonlySet<string>, file: string): ContentProblem[] {
  const olds = new Set(redirections.map((redirection) => redirection.from));
  return redirections.flatMap(({ from, to, line }, index): ContentProblem[] => {
    const at = { file, line };
    if (redirections.findIndex((other) => other.from === from) < index)
      return [{ ...at, field: 'from', code: 'redirect-duplicate', params: { from } }];
    if (live.has(from)) return [{ ...at, field: 'from', code: 'redirect-from-live', params: { from } }];
    // Another old address, or this one: a visitor would be sent round, or on a detour.
    if (olds.has(to)) return [{ ...at, field: 'to', code: 'redirect-loop', params: { from, to } }];
    if (!live.has(to)) return [{ ...at, field: 'to', code: 'redirect-target-missing', params: { from, to } }];
    return [];
  });
}

/**
 * Each address of `published` (the site as it was published last) that
 * leads nowhere now: no page has it and no redirection keeps it. Reported
 * on redirections.yaml, where the fix goes, with the line to add: the
 * address's likeliest new page as its target.
 */
export function vanishedAddresses(
  published: readonly string[],
  live: ReadonlySet<string>,
  redirections: readonly WrittenRedirection[],
  file: string,
): ContentProblem[] {
  const kept = new Set(redirections.map((redirection) => redirection.from));
  return [...new Set(published)]
    .sort()
    .filter((address) => !live.has(address) && !kept.has(address))
    .map((address) => ({
      file,
      line: undefined,
      field: undefined,
      code: 'address-vanished',
      params: { address, line: `- { from: ${address}, to: ${likelyTarget(address, live)} }` },
    }));
}

/**
 * Where an address that vanished most likely went: a page beside it whose
 * last word is nearly the same (a topic whose label was corrected, a page
 * renamed: « partenariat » → « partenariats »), or else the nearest page
 * above it (a deleted article, or the list of a year left with none → the news).
 */
export function likelyTarget(address: string, live: ReadonlySet<string>): string {
  const parent = parentOf(address);
  const word = lastWord(address);
  const siblings = new Map([...live].filter((url) => url !== parent && parentOf(url) === parent).map((url) => [lastWord(url), url]));
  // A number is a year or a page of a list, not a name: the next year is another list, not this one renamed.
  const renamed = /^\d+$/.test(word) ? undefined : closest(word, siblings.keys(), Math.max(2, Math.floor(word.length / 4)));
  if (renamed !== undefined) return siblings.get(renamed) ?? parent;
  for (let above = parent; above !== '/'; above = parentOf(above)) if (live.has(above)) return above;
  return '/';
}

/** `/fr/actualites/sujets/partenariat/` → `/fr/actualites/sujets/`. */
function parentOf(address: string): string {
  const trimmed = address.replace(/\/$/, '');
  return trimmed.slice(0, trimmed.lastIndexOf('/') + 1) || '/';
}

/** `/fr/actualites/sujets/partenariat/` → `partenariat`. */
function lastWord(address: string): string {
  const trimmed = address.replace(/\/$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
