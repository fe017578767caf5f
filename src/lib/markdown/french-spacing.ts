/**
 * French typographic spacing, applied to plain text. Editors type ordinary
 * spaces (or none); French typography wants a no-break space the line cannot
 * break at: narrow (U+202F) before `; ! ?`, full (U+00A0) before `:` and
 * inside `« »`, as the Lexique de l'Imprimerie nationale sets them.
 */

/** U+202F NARROW NO-BREAK SPACE, before `; ! ?`. */
export const NARROW_NBSP = '\u202f';
/** U+00A0 NO-BREAK SPACE, before `:` and inside guillemets. */
export const NBSP = '\u00a0';

/** The text just outside the piece being spaced (the end of the text before it, the start of the text after it). */
export interface Neighbours {
  /** Text before the piece in the same paragraph; only its last character is read. */
  before?: string | undefined;
  /** Text after the piece in the same paragraph; only its first character is read. */
  after?: string | undefined;
}

/** The space each mark wants before it. */
const SPACE_BEFORE: Record<string, string> = {
  ';': NARROW_NBSP,
  '!': NARROW_NBSP,
  '?': NARROW_NBSP,
  ':': NBSP,
  '»': NBSP,
};
/**
 * A space is added before `; ! ? :` only after these: letters, digits and the
 * signs that end a word or an abbreviation (`etc.`). Not after another mark
 * (`?!`, `!!`), an opening bracket or the start of a text.
 */
const ENDS_A_WORD = /[\p{L}\p{N}\p{M})\]»”’%.…]/u;
const WHITESPACE = /\s/u;
const DIGIT = /\p{N}/u;
/**
 * Addresses written out in the text (`https://…`, `www.…`, `mailto:…`) are
 * left as they are; a final `. , ; : ! ? )` belongs to the sentence.
 */
const URL_IN_TEXT = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\bmailto:)[^\s<>«»"]*[^\s<>«»".,;:!?)]/giu;

/**
 * `text` with French spacing around `; ! ? : « »`: typed spaces there become
 * the right no-break space, and one is inserted where none was typed. Times
 * and ratios (`10:30`) and addresses written out in full are not changed.
 * `neighbours` is the text around `text` when it is one piece of a paragraph
 * (a text node next to an element), so marks at its edges are spaced right.
 */
export function frenchSpacing(text: string, neighbours: Neighbours = {}): string {
  const before = neighbours.before?.at(-1) ?? '';
  const after = neighbours.after?.[0] ?? '';
  const urls = urlRanges(text);
  let result = '';
  for (let index = 0; index < text.length;) {
    const url = urls.find(([start]) => start === index);
    if (url) {
      result += text.slice(url[0], url[1]);
      index = url[1];
      continue;
    }
    const char = text[index] ?? '';
    const previous = result.at(-1) ?? before;
    if (WHITESPACE.test(char)) {
      const end = endOfWhitespace(text, index);
      const next = text[end] ?? after;
      result += spaceFor(previous, next) ?? text.slice(index, end);
      index = end;
      continue;
    }
    const next = text[index + 1] ?? after;
    if (needsSpaceInserted(previous, char, next)) result += SPACE_BEFORE[char];
    result += char;
    if (char === '«' && next !== '' && !WHITESPACE.test(next)) result += NBSP;
    index += 1;
  }
  return result;
}

/** The space a run of whitespace between `previous` and `next` becomes, if it is one French spacing governs. */
function spaceFor(previous: string, next: string): string | undefined {
  if (next in SPACE_BEFORE) return SPACE_BEFORE[next];
  if (previous === '«') return NBSP;
  return undefined;
}

/** Whether `mark`, typed right after `previous` with no space, needs one inserted. */
function needsSpaceInserted(previous: string, mark: string, next: string): boolean {
  if (!(mark in SPACE_BEFORE) || previous === '') return false;
  // A closing guillemet follows anything but a space; the other marks follow words.
  if (mark === '»') return !WHITESPACE.test(previous);
  if (!ENDS_A_WORD.test(previous)) return false;
  // 10:30, 1:2 — a colon between digits is not punctuation.
  return !(mark === ':' && DIGIT.test(previous) && DIGIT.test(next));
}

function endOfWhitespace(text: string, start: number): number {
  let end = start;
  while (end < text.length && WHITESPACE.test(text[end] ?? '')) end += 1;
  return end;
}

function urlRanges(text: string): [number, number][] {
  return [...text.matchAll(URL_IN_TEXT)].map((match) => [match.index, match.index + match[0].length]);
}
