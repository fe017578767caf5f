import { isMap, isScalar, parseDocument, type Pair, type Scalar } from 'yaml';
import type { Locale } from '../../i18n/locales.ts';

/** What a translation records about its original: its language, and the fingerprint of its text. */
export interface TranslatedClaim {
  from: Locale;
  version: string;
}

/** A change to a span of text: `[start, end)` becomes `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * A page file's text with its frontmatter's `translated` field set to
 * `claim`, and nothing else changed: the byte-order mark, the line endings,
 * the other fields, their quotes, comments and indentation stay as the
 * editor wrote them. When the field is already written in its usual form
 * (two indented lines), only the two values change; otherwise the field is
 * rewritten (or added at the end of the frontmatter) in that form.
 *
 * @throws {Error} when the file has no frontmatter (the content check reports that first).
 */
export function withTranslatedField(source: string, claim: TranslatedClaim): string {
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = source.slice(bom.length);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const opening = /^---[ \t]*\r?\n/.exec(text);
  const closing = opening && /^---[ \t]*$/m.exec(text.slice(opening[0].length));
  if (!opening || !closing) throw new Error('The file has no frontmatter.');
  const start = opening[0].length;
  const yaml = text.slice(start, start + closing.index);
  const edits = editsFor(yaml, claim, eol);
  const changed = edits.reduceRight((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), yaml);
  return bom + text.slice(0, start) + changed + text.slice(start + closing.index);
}

function editsFor(yaml: string, claim: TranslatedClaim, eol: string): Edit[] {
  const document = parseDocument(yaml, { keepSourceTokens: true });
  const root = document.contents;
  const pair = isMap(root) ? root.items.find((item) => isScalar(item.key) && item.key.value === 'translated') : undefined;
  const indent = indentOf(yaml);
  const block = `translated:${eol}${indent}from: ${claim.from}${eol}${indent}version: ${claim.version}`;
  if (!pair) {
    // Added as the frontmatter's last field, on lines of its own.
    const separator = yaml === '' || yaml.endsWith('\n') ? '' : eol;
    return [{ start: yaml.length, end: yaml.length, text: `${separator}${block}${eol}` }];
  }
  const values = blockValues(pair);
  if (values) {
    return [
      { start: values.from[0], end: values.from[1], text: claim.from },
      { start: values.version[0], end: values.version[1], text: claim.version },
    ].sort((a, b) => a.start - b.start);
  }
  const keyStart = (pair.key as Scalar).range?.[0] ?? 0;
  const valueEnd = (pair.value as { range?: [number, number, number] } | null)?.range?.[1] ?? keyStart;
  const lineStart = yaml.lastIndexOf('\n', keyStart - 1) + 1;
  const lineEnd = endOfLine(yaml, Math.max(valueEnd - 1, keyStart));
  return [{ start: lineStart, end: lineEnd, text: block }];
}

/** The ranges of `from` and `version`, when `translated` is a block map holding both as plain values. */
function blockValues(pair: Pair): { from: [number, number]; version: [number, number] } | undefined {
  const map = pair.value;
  if (!isMap(map) || map.flow) return undefined;
  const rangeOf = (name: string): [number, number] | undefined => {
    const item = map.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === name);
    const range = item && isScalar(item.value) ? item.value.range : undefined;
    return range ? [range[0], range[1]] : undefined;
  };
  const from = rangeOf('from');
  const version = rangeOf('version');
  return from && version ? { from, version } : undefined;
}

/** The indentation the frontmatter uses for nested fields (two spaces when it has none). */
function indentOf(yaml: string): string {
  return /^([ \t]+)\S/m.exec(yaml)?.[1] ?? '  ';
}

/** The offset of the end of the line holding `offset`, before its line ending. */
function endOfLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  if (end < 0) return text.length;
  return text[end - 1] === '\r' ? end - 1 : end;
}
