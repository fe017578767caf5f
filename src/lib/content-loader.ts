import type { ContentProblem } from './content-error.ts';
import { isPageFile, listContentFiles, parsePage, type ParsedPage } from './content-files.ts';
import type { z } from 'astro/zod';
import { pageSchema } from './page-schema.ts';
import type { SourceEntry } from './routes.ts';
import { fingerprint } from './translations/fingerprint.ts';

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
      for (const issue of result.error.issues) problems.push(...describeIssue(issue, page));
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

/** One schema issue as problems an editor can find: one per field, at its line. */
function describeIssue(issue: z.core.$ZodIssue, page: ParsedPage): ContentProblem[] {
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((name) => ({
      file: page.file.path,
      field: [...path, name].join('.'),
      line: page.lineOf([...path, name]),
      message: `"${name}" is not a field this page can have: check its spelling, or remove it.`,
    }));
  }
  const field = path.join('.');
  const message = sentence(issue.message.replace('<this file>', page.file.path));
  return [{ file: page.file.path, field: field || undefined, line: page.lineOf(path), message }];
}

/** Schema messages are phrases ("add a title"); reports show them as sentences. */
function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
