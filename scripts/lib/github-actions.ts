import { appendFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { EditorTranslate } from '../../src/i18n/editor/index.ts';
import { describeProblems, problemMessage, whereOf, type ContentProblem } from '../../src/lib/content/content-error.ts';

/*
 * The content check's problems where people look on GitHub: each as an
 * annotation, which GitHub shows at its line in the pull request's files and
 * in the run, and all of them in the run's summary page. Both are written in
 * the editor's language, like the terminal report.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */

/** The environment GitHub Actions gives a step, as far as the report needs it. */
export interface ActionsEnv {
  GITHUB_ACTIONS?: string | undefined;
  GITHUB_STEP_SUMMARY?: string | undefined;
}

/** Whether this process runs as a step of GitHub Actions. */
export function onGitHubActions(env: ActionsEnv): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

/** Writes `problems` as annotations to standard output, and as Markdown to the step's summary when there is one. */
export function reportToGitHub(problems: readonly ContentProblem[], t: EditorTranslate, env: ActionsEnv): void {
  for (const problem of problems) console.log(annotation(problem, t));
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, stepSummary(problems, t));
}

/**
 * `::error file=content/fr/x.mdx,line=6,title=…::message`: the file from the
 * repository's root (the folder npm runs scripts in), the line when known,
 * a short title naming the field, and what to do.
 */
export function annotation(problem: ContentProblem, t: EditorTranslate): string {
  const title = t('contentCheck.title');
  const titled = problem.field === undefined ? title : t('report.field', { where: title, field: problem.field });
  const properties = [
    `file=${escapeProperty(fromRoot(problem.file))}`,
    ...(problem.line === undefined ? [] : [`line=${problem.line}`]),
    `title=${escapeProperty(titled)}`,
  ];
  return `::error ${properties.join(',')}::${escapeData(problemMessage(problem, t))}`;
}

/** The summary: a heading, then one line per problem, or one saying the content is correct. */
export function stepSummary(problems: readonly ContentProblem[], t: EditorTranslate): string {
  const heading = `## ${t('contentCheck.heading')}\n\n`;
  if (problems.length === 0) return `${heading}${escapeMarkdown(t('contentCheck.ok'))}\n`;
  // The count line of the terminal report, without the problems under it.
  const count = describeProblems(problems, t, 'found').split('\n')[0] ?? '';
  const lines = problems.map((problem) => {
    const line = t('contentCheck.problem', { where: whereOf(problem, t), message: problemMessage(problem, t) });
    return `- ${escapeMarkdown(line)}`;
  });
  return `${heading}${escapeMarkdown(count)}\n\n${lines.join('\n')}\n`;
}

/** `path` from the folder the command runs in, with `/` whatever the system. */
function fromRoot(path: string): string {
  return relative(process.cwd(), resolve(path)).split(sep).join('/');
}

/** A workflow command's message: `%`, carriage returns and line feeds would end or change the command. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A workflow command's property value: besides what a message escapes, `:` and `,` separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * Text shown as it is in GitHub's Markdown: messages name tags (`<script>`,
 * which GitHub would drop as HTML), code and paths, so each character
 * Markdown reads as markup is escaped, and a line break becomes a space.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&|~#]/g, '\\$&').replace(/\r?\n/g, ' ');
}
