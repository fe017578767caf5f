import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

/*
 * Reading content files the way editors see them, for the tools that run
 * outside Astro (content checks, translation status, new pages): paths,
 * frontmatter with the line of each field, and the body.
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

const PAGE_EXTENSION = /\.mdx?$/;

/** Whether a content file is a page (Markdown or MDX). */
export function isPageFile(id: string): boolean {
  return PAGE_EXTENSION.test(id);
}

/** Every file below `contentDir` (a path from the project root), sorted by path. */
export function listContentFiles(contentDir: string): ContentFile[] {
  const names = readdirSync(contentDir, { recursive: true, withFileTypes: true });
  return names
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      const id = full.slice(contentDir.length + 1).split(sep).join('/');
      return { id, path: `${contentDir}/${id}`, source: readFileSync(full, 'utf8') };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
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
  // `timestamp` reads `2023-05-02` as a date, as Astro's own frontmatter parser does.
  const document = parseDocument(yamlText, { lineCounter, customTags: ['timestamp'], prettyErrors: false });
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
    const node = document.getIn(path, true);
    const offset = isScalar(node) || isMap(node) ? node.range?.[0] : undefined;
    // The keys' own lines, when the value is missing, are those of its parent.
    if (offset === undefined) return path.length > 1 ? lineOf(path.slice(0, -1)) : 1;
    return 1 + lineCounter.linePos(offset).line;
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
