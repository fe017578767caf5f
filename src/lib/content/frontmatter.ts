import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

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
  /** The frontmatter as an editable YAML document (keeps comments and layout). */
  document: Document;
  /** The MDX after the frontmatter. */
  body: string;
  /** Line of the file where `body` starts (1-based). */
  bodyLine: number;
  /** Line (1-based) of a frontmatter field, e.g. `lineOf(['nav', 'order'])`; the `---` line if absent. */
  lineOf(path: readonly (string | number)[]): number;
}

/** Why a page file could not be read: the message and its line. */
export interface ReadProblem {
  line: number;
  message: string;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*$\r?\n?/m;

/** Reads a page file's frontmatter and body, or says why it cannot. */
export function parsePage(file: ContentFile): { ok: true; page: ParsedPage } | { ok: false; problem: ReadProblem } {
  const source = file.source.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(source);
  if (!match || match.index !== 0) {
    return {
      ok: false,
      problem: { line: 1, message: 'The file must start with its frontmatter: a line "---", the fields, then "---".' },
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
    return { ok: false, problem: { line, message: `The frontmatter is not valid YAML: ${plainYamlError(error.code)}` } };
  }
  const data = document.toJS() as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problem: { line: 2, message: 'The frontmatter must be a list of "field: value" lines.' } };
  }
  const body = source.slice(match[0].length);
  const bodyLine = source.slice(0, match[0].length).split('\n').length;
  const lineOf = (path: readonly (string | number)[]): number => {
    const offset = keyOffset(document, path);
    return offset === undefined ? 1 : 1 + lineCounter.linePos(offset).line;
  };
  return { ok: true, page: { file, data: data as Record<string, unknown>, document, body, bodyLine, lineOf } };
}

function plainYamlError(code: string): string {
  const explanations: Record<string, string> = {
    BAD_INDENT: 'a line is indented differently from the lines around it.',
    DUPLICATE_KEY: 'a field is written twice.',
    MISSING_CHAR: 'a quote or bracket is not closed.',
    BLOCK_AS_IMPLICIT_KEY: 'a line is missing the ":" after its field name.',
    MULTILINE_IMPLICIT_KEY: 'a field name runs over two lines; is a ":" missing?',
    UNEXPECTED_TOKEN: 'a character is out of place (a ":" inside a value needs the value in quotes).',
  };
  return explanations[code] ?? `check the line (${code.toLowerCase().replace(/_/g, ' ')}).`;
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
