import type { z } from 'astro/zod';
import { isProblemCode, unfilledPlaceholders, type ContentProblem, type ProblemCode, type ProblemParams } from './content-error.ts';
import { closest } from './similar.ts';

/** A path in YAML data: field names, and indexes in lists. */
export type DataPath = (string | number)[];

/** YAML an editor wrote, as checked by a schema: a page's frontmatter, or a data file. */
export interface CheckedYaml {
  /** The file, as editors see it. */
  file: string;
  /** The data as YAML gives it, before the schema. */
  data: unknown;
  /** The line of the field at `path`, or of its nearest parent. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** How the problems of one kind of file are worded. */
export interface IssueWording {
  /** A field the schema does not have, and one that looks like a misspelt field it has. */
  unknown: ProblemCode;
  typo: ProblemCode;
  /** A rule whose message is not a problem code. */
  invalid: ProblemCode;
  /** The field at `path` as the report names it. */
  fieldOf(path: DataPath): string | undefined;
  /** What the message of the issue at `path` may name. */
  params(path: DataPath, value: unknown, issue: z.core.$ZodIssue): ProblemParams;
}

/**
 * Schema issues as problems an editor can find: one per field, at its line.
 * A misspelt field is reported once, as a typo of the field it should be,
 * rather than as an unknown field plus a missing one.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], source: CheckedYaml, wording: IssueWording): ContentProblem[] {
  const isMissing = (issue: z.core.$ZodIssue) => issue.code === 'invalid_type' && valueAt(source.data, pathOf(issue)) === undefined;
  const missing = new Set(issues.filter(isMissing).map((issue) => pathOf(issue).join('.')));
  const problem = (path: DataPath, code: ProblemCode, params: ProblemParams = {}): ContentProblem => ({
    file: source.file,
    code,
    params,
    field: wording.fieldOf(path),
    line: source.lineOf(path),
  });
  const typos = issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [];
    return issue.keys.map((name) => {
      const prefix = pathOf(issue).join('.');
      const meant = closest(name, [...missing].map((field) => field.slice(prefix ? prefix.length + 1 : 0)), 2);
      if (meant !== undefined) missing.delete(prefix ? `${prefix}.${meant}` : meant);
      const path = [...pathOf(issue), name];
      return meant === undefined
        ? problem(path, wording.unknown, { field: name })
        : problem(path, wording.typo, { field: name, suggestion: meant });
    });
  });
  const others = issues
    .filter((issue) => issue.code !== 'unrecognized_keys')
    .filter((issue) => !isMissing(issue) || missing.has(pathOf(issue).join('.')))
    .map((issue) => {
      const path = pathOf(issue);
      const code = isProblemCode(issue.message) ? issue.message : wording.invalid;
      const params = wording.params(path, valueAt(source.data, path), issue);
      // A message that would quote what cannot be quoted (an empty text, a list written for a text) gives way to the field's own.
      return problem(path, unfilledPlaceholders({ code, params }).length > 0 ? wording.invalid : code, params);
    });
  return [...others, ...typos];
}

function pathOf(issue: z.core.$ZodIssue): DataPath {
  return issue.path.filter((part): part is string | number => typeof part !== 'symbol');
}

/** The value at `path`, as written (before the schema). */
function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), data);
}
