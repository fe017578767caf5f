import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { filesBelow } from '../files-below.ts';
import type { SourceEntry } from '../routing/routes.ts';
import { fingerprint } from '../translations/fingerprint.ts';
import { locales } from '../../i18n/locales.ts';
import { isProblemCode, type ContentProblem, type ProblemCode, type ProblemParams } from './content-error.ts';
import { parsePage, type ParsedPage } from './frontmatter.ts';
import { pageKinds, pageSchema, type PageData } from './page-schema.ts';
import { closest } from './similar.ts';

/** A page of the content folder that passed its schema, with its source at hand for messages and edits. */
export interface ContentPage extends SourceEntry {
  /** Path from the project root, as editors see it: `content/fr/accord/index.mdx`. */
  filePath: string;
  data: PageData;
  /** Fingerprint of the page's text (see translations/fingerprint.ts). */
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
    const read = readPage(contentDir, id);
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
  if (!result.success) return { problems: describeIssues(result.error.issues, page) };
  const data = result.data;
  const pageText = { title: data.title, description: data.description, body: page.body };
  return { page: { id, filePath: path, data, fingerprint: fingerprint(pageText), parsed: page } };
}

/**
 * A file's text, if it is UTF-8; else the line of its first byte that is
 * not (a file saved as Latin-1 would otherwise show "�" for its accents).
 */
function decodeUtf8(bytes: Buffer): { ok: true; source: string } | { ok: false; line: number } {
  try {
    return { ok: true, source: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    return { ok: false, line: lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length };
  }
}

/**
 * Schema issues as problems an editor can find: one per field, at its line.
 * A misspelt field is reported once, as a typo of the field it should be,
 * rather than as an unknown field plus a missing one.
 */
function describeIssues(issues: readonly z.core.$ZodIssue[], page: ParsedPage): ContentProblem[] {
  const pathOf = (issue: z.core.$ZodIssue) => issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const isMissing = (issue: z.core.$ZodIssue) => issue.code === 'invalid_type' && valueAt(page.data, pathOf(issue)) === undefined;
  const missing = new Set(issues.filter(isMissing).map((issue) => pathOf(issue).join('.')));
  const problem = (path: (string | number)[], code: ProblemCode, params: ProblemParams = {}): ContentProblem => ({
    file: page.file.path,
    code,
    params,
    field: path.join('.') || undefined,
    line: page.lineOf(path),
  });
  const typos = issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [];
    return issue.keys.map((name) => {
      const prefix = pathOf(issue).join('.');
      const meant = closest(name, [...missing].map((field) => field.slice(prefix ? prefix.length + 1 : 0)), 2);
      if (meant !== undefined) missing.delete(prefix ? `${prefix}.${meant}` : meant);
      const path = [...pathOf(issue), name];
      return meant === undefined
        ? problem(path, 'field-unknown', { field: name })
        : problem(path, 'field-typo', { field: name, suggestion: meant });
    });
  });
  const others = issues
    .filter((issue) => issue.code !== 'unrecognized_keys')
    .filter((issue) => !isMissing(issue) || missing.has(pathOf(issue).join('.')))
    .map((issue) => {
      const path = pathOf(issue);
      const code = isProblemCode(issue.message) ? issue.message : 'field-invalid';
      return problem(path, code, paramsOf(path, valueAt(page.data, path), page));
    });
  return [...others, ...typos];
}

/** What schema messages may name: the field, the value written, its length, the file, the choices. */
function paramsOf(path: (string | number)[], value: unknown, page: ParsedPage): ProblemParams {
  const written = typeof value === 'string' ? value : String(value);
  return {
    field: path.join('.'),
    value: written,
    length: written.trim().length,
    file: page.file.path,
    kinds: pageKinds,
    languages: locales,
  };
}

/** The frontmatter value at `path`, as written (before the schema). */
function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), data);
}
