/** One mistake in the content, tied to the file an editor has to open. */
export interface ContentProblem {
  /** Path of the file, as the editor sees it: `content/fr/accord/index.mdx`. */
  file: string;
  /** What is wrong and how to put it right, in plain words. */
  message: string;
  /** The frontmatter field at fault, if one is (`axis`, `translated.from`…), to point at its line. */
  field?: string | undefined;
  /** The line at fault, when known. */
  line?: number | undefined;
}

/**
 * Every mistake found in the content at once, so an editor can fix them all
 * before building again. The message is written for editors, not developers.
 */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(describe(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** The report editors read: each problem under its file, line and field. */
export function describe(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  const lines = problems.map((problem) => `  ${whereOf(problem)}\n    ${problem.message}`);
  return `The content has ${count}; the site was not built.\n\n${lines.join('\n\n')}\n`;
}

function whereOf(problem: ContentProblem): string {
  const line = problem.line === undefined ? '' : `, line ${problem.line}`;
  const field = problem.field === undefined ? '' : ` (field "${problem.field}")`;
  return `${problem.file}${line}${field}`;
}

/** Collects problems while content is checked, then throws them together. */
export class ProblemList {
  private readonly problems: ContentProblem[] = [];

  /** Records that `file` has a problem described by `message`, in `field` if given. */
  add(file: string, message: string, field?: string): void {
    this.problems.push({ file, message, field });
  }

  /** Throws a {@link ContentError} listing every problem recorded, if any. */
  throwIfAny(): void {
    if (this.problems.length > 0) throw new ContentError(this.problems);
  }
}
