import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
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
  lineOf(path: readonly (string | number)[]): number;
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
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  // Dates stay text here (no YAML timestamps), so the schema sees `2023-02-30`
  // as written instead of a date YAML quietly rolled over to 2 March.
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const line = 1 + (error.linePos?.[0]?.line ?? 1);
    return { ok: false, problem: { line, ...yamlProblem(error.code) } };
  }
  const data = document.toJS() as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problem: { line: 2, code: 'frontmatter-not-fields' } };
  }
  const body = source.slice(match[0].length);
  const bodyLine = source.slice(0, match[0].length).split('\n').length;
  const lineOf = (path: readonly (string | number)[]): number => {
    const offset = keyOffset(document, path);
    return offset === undefined ? 1 : 1 + lineCounter.linePos(offset).line;
  };
  return { ok: true, page: { file, data: data as Record<string, unknown>, body, bodyLine, lineOf } };
}

/** A YAML error as the problem editors read: the common ones explained, the others named. */
function yamlProblem(yamlCode: string): Pick<ReadProblem, 'code' | 'params'> {
  const code = `yaml-${yamlCode.toLowerCase().replace(/_/g, '-')}`;
  if (isProblemCode(code)) return { code };
  return { code: 'yaml-other', params: { detail: yamlCode.toLowerCase().replace(/_/g, ' ') } };
}

/**
 * Where the field at `path` is written: the offset of its key (its value may
 * be on the next lines), else of the nearest parent field that exists.
 */
function keyOffset(document: Document, path: readonly (string | number)[]): number | undefined {
  let node: unknown = document.contents;
  let offset: number | undefined;
  for (const part of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === part);
    if (!pair) break;
    offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
    node = pair.value;
  }
  return offset;
}
