import { editorMessages, editorResources, type EditorTranslate } from '../../i18n/editor/index.ts';
import { EditorError } from './editor-error.ts';

/** The stable name of a kind of content problem: a key of `problems` in src/i18n/editor/*.json. */
export type ProblemCode = keyof typeof editorResources.fr.editor.problems;

/** What a problem's message names: a file, a value, a list of choices… */
export type ProblemParams = Record<string, string | number | readonly string[]>;

/** One mistake in the content, tied to the file an editor has to open. */
export interface ContentProblem {
  /** Path of the file, as the editor sees it: `content/fr/accord/index.mdx`. */
  file: string;
  /** What is wrong, as a stable code; the message for it is in each editor's language. */
  code: ProblemCode;
  /** What the message names (the value written, the other file…). */
  params?: ProblemParams | undefined;
  /** The frontmatter field at fault, if one is (`axis`, `translated.from`…), to point at its line. */
  field?: string | undefined;
  /** The line at fault, when known. */
  line?: number | undefined;
}

/** A schema message: the code of the problem it reports (schemas' messages are codes). */
export const problem = (code: ProblemCode): ProblemCode => code;

/**
 * The placeholders of a problem's message that its parameters leave
 * unfilled (absent, an empty text or an empty list): the message would
 * read « {{value}} » or «  ». The value of a parameter may hold anything
 * else, blanks and `{{` included: it echoes what the editor wrote.
 */
export function unfilledPlaceholders(problem: Pick<ContentProblem, 'code' | 'params'>): string[] {
  const message: string = editorResources.fr.editor.problems[problem.code];
  const names = new Set([...message.matchAll(/\{\{(\w+)/g)].map((match) => match[1] ?? ''));
  return [...names].filter((name) => {
    const value = problem.params?.[name];
    return value === undefined || (typeof value !== 'number' && value.length === 0);
  });
}

/**
 * A value as written, as the `value` a message may quote: a text that is
 * not empty, a number, yes or no; nothing for a list, a map or nothing.
 */
export function quotedValue(value: unknown): ProblemParams {
  if (typeof value === 'string') return value === '' ? {} : { value };
  return typeof value === 'number' || typeof value === 'boolean' ? { value: String(value) } : {};
}

/** Whether `text` is a problem code (schema messages are codes). */
export function isProblemCode(text: string): text is ProblemCode {
  return Object.hasOwn(editorResources.fr.editor.problems, text);
}

/**
 * Every mistake found in the content at once, so an editor can fix them all
 * before building again. Its message is the report, its hint what to do
 * next, in the editor's language (`t`, by default the one of the environment).
 */
export class ContentError extends EditorError {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[], t: EditorTranslate = editorMessages()) {
    super(describeProblems(problems, t), t('report.hint'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/**
 * The report editors read: a heading (the site was not built, or, for a
 * command, the problems found), then each problem under its file, line and field.
 */
export function describeProblems(
  problems: readonly ContentProblem[],
  t: EditorTranslate,
  heading: 'notBuilt' | 'found' = 'notBuilt',
): string {
  const lines = problems.map((problem) => `  ${whereOf(problem, t)}\n    ${problemMessage(problem, t)}`);
  return `${t(`report.${heading}`, { count: problems.length })}\n\n${lines.join('\n\n')}\n`;
}

/** What is wrong and what to do, in plain words. */
export function problemMessage(problem: ContentProblem, t: EditorTranslate): string {
  return t(`problems.${problem.code}`, { ...problem.params });
}

/** `content/fr/accord/index.mdx, line 4 (field "axis")`. */
export function whereOf(problem: ContentProblem, t: EditorTranslate): string {
  const file = problem.file;
  const line = problem.line === undefined ? file : t('report.line', { where: file, line: problem.line });
  return problem.field === undefined ? line : t('report.field', { where: line, field: problem.field });
}

/** Collects problems while content is checked, then throws them together. */
export class ProblemList {
  private readonly problems: ContentProblem[] = [];

  /** Records that `file` has the problem `code`, naming `params`, in `field` if given. */
  add(file: string, code: ProblemCode, params?: ProblemParams, field?: string): void {
    this.problems.push({ file, code, params, field });
  }

  /** Throws a {@link ContentError} listing every problem recorded, if any. */
  throwIfAny(): void {
    if (this.problems.length > 0) throw new ContentError(this.problems);
  }
}

/**
 * An error the checks did not expect (a fault of the site's code, or of
 * the machine, not a mistake in the content), as the one plain problem
 * editors read, in their language, naming the file being read when it is
 * known (else the content folder): never a stack trace.
 */
export function internalError(error: unknown, file: string): ContentProblem {
  // `TypeError: …` says something; a plain `Error: …` does not.
  const message = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  const detail = message.split('\n')[0]?.slice(0, 200) ?? '';
  return { file, code: 'internal-error', params: { detail } };
}

/** `read()`, or, when it throws, the internal error it is for `file`. */
export function guarded<T>(file: string, read: () => T, failed: (problem: ContentProblem) => T): T {
  try {
    return read();
  } catch (error) {
    return failed(internalError(error, file));
  }
}
