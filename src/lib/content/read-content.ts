import { readFileSync } from 'node:fs';
import { filesBelow } from '../files-below.ts';
import { fingerprint } from './fingerprint.ts';
import { locales } from '../../i18n/locales.ts';
import { guarded, quotedValue, type ContentProblem } from './content-error.ts';
import { parsePage, type ParsedPage } from './frontmatter.ts';
import { pageKinds, pageSchema, type PageData, type SourceEntry } from './page-schema.ts';
import { describeIssues, type IssueWording } from './schema-issues.ts';

/** A page of the content folder that passed its schema, with its source at hand for messages and edits. */
export interface ContentPage extends SourceEntry {
  /** Path from the project root, as editors see it: `content/fr/accord/index.mdx`. */
  filePath: string;
  data: PageData;
  /** Fingerprint of the page's text (see content/fingerprint.ts). */
  fingerprint: string;
  parsed: ParsedPage;
}

/** Every page of a content folder that could be read, and the problems of those that could not. */
export interface ContentRead {
  /** Drafts included, in file order. */
  pages: ContentPage[];
  problems: ContentProblem[];
}

const PAGE_FILE = /\.mdx?$/;

/**
 * Reads every page of `contentDir` (a path from the project root) and checks
 * its frontmatter against the schema, as the build will, keeping the line
 * of each mistake. The one reader of the content outside Astro's loader:
 * the content check, the editors' commands and the translation status page
 * all see the same pages.
 */
export function readContent(contentDir: string): ContentRead {
  const pages: ContentPage[] = [];
  const problems: ContentProblem[] = [];
  for (const id of filesBelow(contentDir).filter((name) => /\.mdx?$/i.test(name))) {
    // A fault while reading one page is reported for that page, and the others are still read.
    const read = guarded(`${contentDir}/${id}`, () => readPage(contentDir, id), (problem) => ({ problems: [problem] }));
    if ('page' in read) pages.push(read.page);
    else problems.push(...read.problems);
  }
  return { pages, problems };
}

/** One page file, read and checked, or the problems that stop it from being read. */
function readPage(contentDir: string, id: string): { page: ContentPage } | { problems: ContentProblem[] } {
  const path = `${contentDir}/${id}`;
  if (!PAGE_FILE.test(id)) return { problems: [{ file: path, code: 'file-extension-case' }] };
  const text = decodeUtf8(readFileSync(path));
  if (!text.ok) return { problems: [{ file: path, line: text.line, code: 'file-encoding' }] };
  const read = parsePage({ id, path, source: text.source });
  if (!read.ok) return { problems: [{ file: path, ...read.problem }] };
  const { page } = read;
  const result = pageSchema.safeParse(page.data);
  if (!result.success) {
    const source = { file: path, data: page.data, lineOf: page.lineOf };
    return { problems: describeIssues(result.error.issues, source, pageWording(page)) };
  }
  const data = result.data;
  const pageText = { title: data.title, description: data.description, body: page.body };
  return { page: { id, filePath: path, data, fingerprint: fingerprint(pageText), parsed: page } };
}

/**
 * A file's text, if it is UTF-8; else the line of its first byte that is
 * not (a file saved as Latin-1 would otherwise show "�" for its accents).
 */
export function decodeUtf8(bytes: Buffer): { ok: true; source: string } | { ok: false; line: number } {
  try {
    return { ok: true, source: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    return { ok: false, line: lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length };
  }
}

/** A page's problems name its field by its whole path; messages may name the value written, its length, the file, the choices. */
function pageWording(page: ParsedPage): IssueWording {
  return {
    unknown: 'field-unknown',
    typo: 'field-typo',
    invalid: 'field-invalid',
    fieldOf: (path) => path.join('.') || undefined,
    params: (path, value) => {
      return {
        field: path.join('.'),
        ...quotedValue(value),
        ...(typeof value === 'string' ? { length: value.trim().length } : {}),
        file: page.file.path,
        kinds: pageKinds,
        languages: locales,
      };
    },
  };
}
