import { editorMessages, type EditorTranslate } from '../../i18n/editor/index.ts';
import { describeProblems, type ContentProblem } from './content-error.ts';

/**
 * Prints the report and ends the command. Exiting here spares editors
 * Astro's own wrapping of a thrown error (an English "unhandled error"
 * line and a stack trace around the report).
 */
export async function stopWithReport(problems: readonly ContentProblem[], t: EditorTranslate = editorMessages()): Promise<never> {
  const report = `${describeProblems(problems, t)}\n${t('report.hint')}\n`;
  // Written, and flushed even to a pipe, before the process ends.
  await new Promise<void>((written) => process.stderr.write(report, () => written()));
  process.exit(1);
}
