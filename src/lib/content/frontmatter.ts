import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { isProblemCode, type ProblemCode, type ProblemParams } from './content-error.ts';

/*
 * A content file read the way editors see it: its paths, its frontmatter
 * with the line of each field, and its body.
 */

/** A file of the content folder. */
export interface ContentFile {
  /** Path inside the content folder, with `/`: `fr/accord/index.mdx`. */
  id: string;
  /** Path from the project root, as shown to editors: `content/fr/accord/index.mdx`. */
  path: string;
  source: string;
}

/** A page file read into frontmatter and body. */
export interface ParsedPage {
  file: ContentFile;
  /** The frontmatter as YAML gives it, before the schema checks it. */
  data: Record<string, unknown>;
  /** The MDX after the frontmatter. */
  body: string;
  /** Line of the file where `body` starts (1-based). */
  bodyLine: number;
  /** Line (1-based) of a frontmatter field, e.g. `lineOf(['nav', 'order'])`; the `---` line if absent. */
  lineOf: (path: readonly (string | number)[]) => number;
}

/** Why a page file could not be read: the problem and its line. */
export interface ReadProblem {
  line: number;
  code: ProblemCode;
  params?: ProblemParams;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*$\r?\n?/m;

/** Reads a page file's frontmatter and body, or says why it cannot. */
export function parsePage(file: ContentFile): { ok: true; page: ParsedPage } | { ok: false; problem: ReadProblem } {
  const source = file.source.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(source);
  if (!match || match.index !== 0) {
    return {
      ok: false,
      problem: { line: 1, code: 'frontmatter-missing' },
    };
  }
  const yaml = readYaml(match[1] ?? '');
  // The YAML starts on line 2, after the `---` line.
  if (!yaml.ok) return { ok: false, problem: { line: 1 + yaml.line, ...yamlProblem(yaml.yamlCode) } };
  const { data } = yaml;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problem: { line: 2, code: 'frontmatter-not-fields' } };
  }
  const body = source.slice(match[0].length);
  const bodyLine = source.slice(0, match[0].length).split('\n').length;
  const notText = lineOfNonText(body);
  if (notText !== undefined) return { ok: false, problem: { line: bodyLine + notText - 1, code: 'text-control-character' } };
  const lineOf = (path: readonly (string | number)[]): number => 1 + (yaml.lineOf(path) ?? 0);
  return { ok: true, page: { file, data: data as Record<string, unknown>, body, bodyLine, lineOf } };
}

/** A YAML text read, with the line of each field; or the line and YAML code of its first error. */
export type YamlRead =
  | { ok: true; data: unknown; lineOf(path: readonly (string | number)[]): number | undefined }
  | { ok: false; line: number; yamlCode: string };

/**
 * What YAML in content may be: plain fields, lists and groups, no larger
 * and no deeper than any real page or data file needs (the editing guides
 * state these limits). Anchors (`&`), aliases (`*`) and merge keys (`<<`)
 * can multiply a small file into a huge one; explicit tags (`!!binary`,
 * `!x`) and complex keys (`? [a]`) give values of types no field expects.
 */
export const YAML_LIMITS = { maxCharacters: 200_000, maxDepth: 16 } as const;

/** The YAML features content may not use, as the code readYaml gives them (see yamlLimitProblem). */
const LIMIT_CODES = {
  ALIAS: 'yaml-alias',
  TAG: 'yaml-tag',
  COMPLEX_KEY: 'yaml-complex-key',
  TOO_LARGE: 'yaml-too-large',
  TOO_DEEP: 'yaml-too-deep',
  CONTROL_CHARACTER: 'text-control-character',
} as const;

/**
 * Characters no text of the site may hold: the control characters (but tab
 * and line ends), and what is not a character at all (U+FFFE, U+FFFF, half
 * of a surrogate pair). Pasted from another program, or written as `"\x07"`
 * in YAML, they are invisible to the editor, and would make the news feeds
 * and the sitemap, which are XML, unreadable.
 */
// Control characters are what this looks for; with `u`, a surrogate matches only when it stands alone.
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff\ud800-\udfff]/u;

/** The line (1-based) of the first character of `text` that NOT_TEXT refuses, if any. */
export function lineOfNonText(text: string): number | undefined {
  const match = NOT_TEXT.exec(text);
  return match ? text.slice(0, match.index).split('\n').length : undefined;
}

/**
 * Reads YAML as editors write it, keeping where each field is: the line
 * (1-based, in `text`) of the field at `path`, or of its nearest parent that
 * exists; undefined when not even the first part of the path does. Text
 * beyond YAML_LIMITS, or using a feature they exclude, is an error at its
 * line, found before any value is built, so it can never hang the build.
 */
export function readYaml(text: string): YamlRead {
  if (text.length > YAML_LIMITS.maxCharacters) return { ok: false, line: 1, yamlCode: 'TOO_LARGE' };
  const tooDeep = tooDeepBrackets(text);
  if (tooDeep !== undefined) return { ok: false, line: tooDeep, yamlCode: 'TOO_DEEP' };
  const lineCounter = new LineCounter();
  // Dates stay text here (no YAML timestamps), so the schema sees `2023-02-30`
  // as written instead of a date YAML quietly rolled over to 2 March.
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = document.errors[0];
  // Without pretty errors, an error has its offset but no line: the counter gives it.
  if (error) return { ok: false, line: lineCounter.linePos(error.pos[0]).line, yamlCode: error.code };
  const excluded = excludedFeature(document.contents);
  if (excluded) return { ok: false, line: lineCounter.linePos(excluded.offset).line, yamlCode: excluded.yamlCode };
  const lineOf = (path: readonly (string | number)[]) => {
    const offset = keyOffset(document, path);
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  return { ok: true, data: document.toJS() as unknown, lineOf };
}

/** The problem of a YAML feature content may not use (readYaml's yamlCode), if it is one. */
export function yamlLimitProblem(yamlCode: string): { code: ProblemCode; params?: ProblemParams } | undefined {
  if (!Object.hasOwn(LIMIT_CODES, yamlCode)) return undefined;
  const code = LIMIT_CODES[yamlCode as keyof typeof LIMIT_CODES];
  if (code === 'yaml-too-large') return { code, params: { max: YAML_LIMITS.maxCharacters } };
  if (code === 'yaml-too-deep') return { code, params: { max: YAML_LIMITS.maxDepth } };
  return { code };
}

/**
 * The first node, in the order written, that uses a feature YAML_LIMITS
 * excludes, with its offset. Walked without recursion, so no nesting can
 * exhaust the stack.
 */
function excludedFeature(root: unknown): { offset: number; yamlCode: keyof typeof LIMIT_CODES } | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (node === null || node === undefined) continue;
    const offset = offsetOf(node);
    if (isPair(node)) {
      if (node.key !== null && !isScalar(node.key)) return { offset: offsetOf(node.key), yamlCode: 'COMPLEX_KEY' };
      if (isScalar(node.key) && node.key.value === '<<') return { offset: offsetOf(node.key), yamlCode: 'ALIAS' };
      stack.push({ node: node.value, depth }, { node: node.key, depth });
      continue;
    }
    if (isAlias(node) || (node as { anchor?: string }).anchor) return { offset, yamlCode: 'ALIAS' };
    if ((node as { tag?: string }).tag) return { offset, yamlCode: 'TAG' };
    if (isScalar(node) && typeof node.value === 'string' && NOT_TEXT.test(node.value)) return { offset, yamlCode: 'CONTROL_CHARACTER' };
    if (isCollection(node)) {
      if (depth >= YAML_LIMITS.maxDepth) return { offset, yamlCode: 'TOO_DEEP' };
      // Pushed last first, so that the first item written is looked at first.
      for (const item of [...node.items].reverse()) stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * The line where brackets (`[`, `{`) open more levels than YAML_LIMITS
 * allows, counted before parsing: the YAML parser takes seconds over
 * thousands of them. Brackets inside a quoted value do not count; a quote
 * opens one only where a value starts (an apostrophe inside a word is
 * text), as YAML reads it. Brackets in plain text count, which only errs
 * on the safe side, far from the limit.
 */
function tooDeepBrackets(text: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  let line = 1;
  let previous = '\n';
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] ?? '';
    if (character === '\n') line += 1;
    if (quote) {
      // `\"` and `''` are a quote inside the value, not its end.
      if ((quote === '"' && character === '\\') || (quote === "'" && character === "'" && text[index + 1] === "'")) index += 1;
      else if (character === quote) quote = undefined;
    } else if ((character === '"' || character === "'") && /[\s:,[{?-]/.test(previous)) {
      quote = character;
    } else if (character === '[' || character === '{') {
      depth += 1;
      if (depth > YAML_LIMITS.maxDepth) return line;
    } else if (character === ']' || character === '}') {
      depth = Math.max(0, depth - 1);
    }
    previous = character;
  }
  return undefined;
}

function offsetOf(node: unknown): number {
  return (node as { range?: [number] }).range?.[0] ?? 0;
}

/** A YAML error as the problem editors read: the common ones explained, the others named. */
function yamlProblem(yamlCode: string): Pick<ReadProblem, 'code' | 'params'> {
  const limit = yamlLimitProblem(yamlCode);
  if (limit) return limit;
  const code = `yaml-${yamlCode.toLowerCase().replace(/_/g, '-')}`;
  if (isProblemCode(code)) return { code };
  return { code: 'yaml-other', params: { detail: yamlCode.toLowerCase().replace(/_/g, ' ') } };
}

/**
 * Where the field at `path` is written: the offset of its key (its value may
 * be on the next lines) or of its item in a list, else of the nearest parent
 * that exists.
 */
function keyOffset(document: Document, path: readonly (string | number)[]): number | undefined {
  let node: unknown = document.contents;
  let offset: number | undefined;
  for (const part of path) {
    // An item of a list (a partner, a place) is found by its index.
    if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      offset = (node as { range?: [number] } | undefined)?.range?.[0] ?? offset;
      continue;
    }
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === part);
    if (!pair) break;
    offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
    node = pair.value;
  }
  return offset;
}
