import type { ContentProblem } from '../content-error.ts';
import { isPageFile, listContentFiles, parsePage, type ParsedPage } from './files.ts';
import type { z } from 'astro/zod';
import { pageSchema } from '../page-schema.ts';
import type { SourceEntry } from '../../routing/routes.ts';
import { fingerprint } from '../../translations/fingerprint.ts';
import { closest } from './similar.ts';

/** A page that passed its schema, with what the checks after need. */
export interface LoadedPage extends SourceEntry {
  filePath: string;
  fingerprint: string;
  parsed: ParsedPage;
}

/** The pages of a content folder, and the problems of those that could not be read. */
export interface LoadedContent {
  pages: LoadedPage[];
  problems: ContentProblem[];
}

/**
 * Reads every page of `contentDir` and checks its frontmatter against the
 * schema, as the build will, but keeping the line of each mistake.
 */
export function loadContent(contentDir: string): LoadedContent {
  const pages: LoadedPage[] = [];
  const problems: ContentProblem[] = [];
  for (const file of listContentFiles(contentDir)) {
    if (!isPageFile(file.id)) {
      if (/\.mdx?$/i.test(file.id)) {
        problems.push({ file: file.path, message: 'Page files end in lowercase ".mdx": rename this one.' });
      }
      continue;
    }
    const read = parsePage(file);
    if (!read.ok) {
      problems.push({ file: file.path, ...read.problem });
      continue;
    }
    const { page } = read;
    const result = pageSchema.safeParse(page.data);
    if (!result.success) {
      problems.push(...describeIssues(result.error.issues, page));
      continue;
    }
    const data = result.data;
    pages.push({
      id: file.id,
      filePath: file.path,
      data,
      fingerprint: fingerprint({ title: data.title, description: data.description, body: page.body }),
      parsed: page,
    });
  }
  return { pages, problems };
}

/**
 * Schema issues as problems an editor can find: one per field, at its line.
 * A misspelt field is reported once, as a typo of the field it should be,
 * rather than as an unknown field plus a missing one.
 */
function describeIssues(issues: readonly z.core.$ZodIssue[], page: ParsedPage): ContentProblem[] {
  const pathOf = (issue: z.core.$ZodIssue) => issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const missing = new Map(
    issues.filter((issue) => issue.code === 'invalid_type' && issue.input === undefined).map((issue) => [pathOf(issue).join('.'), issue]),
  );
  const problem = (path: (string | number)[], message: string): ContentProblem => ({
    file: page.file.path,
    field: path.join('.') || undefined,
    line: page.lineOf(path),
    message: sentence(message.replace('<this file>', page.file.path)),
  });
  const typos = issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [];
    return issue.keys.map((name) => {
      const path = [...pathOf(issue), name];
      const prefix = pathOf(issue).join('.');
      const meant = closest(name, [...missing.keys()].map((field) => field.slice(prefix ? prefix.length + 1 : 0)), 2);
      if (meant !== undefined) missing.delete(prefix ? `${prefix}.${meant}` : meant);
      const advice = meant === undefined ? 'check its spelling, or remove it' : `did you mean "${meant}"?`;
      return problem(path, `"${name}" is not a field this page can have: ${advice}`);
    });
  });
  const others = issues
    .filter((issue) => issue.code !== 'unrecognized_keys')
    .filter((issue) => !(issue.code === 'invalid_type' && issue.input === undefined) || missing.has(pathOf(issue).join('.')))
    .map((issue) => problem(pathOf(issue), issue.message));
  return [...others, ...typos];
}

/** Schema messages are phrases ("add a title"); reports show them as sentences. */
function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
