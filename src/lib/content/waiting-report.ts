import type { EditorTranslate } from '../../i18n/editor/index.ts';
import type { WaitingPage } from './legal-facts.ts';

/**
 * The "before going live" report, line by line: each legal page not
 * published yet, its files, and each fact of `legalFile` it waits for. Read
 * by editors in `npm run translations` and on the team's status page.
 */
export function waitingReport(waiting: readonly WaitingPage[], legalFile: string, t: EditorTranslate): string[] {
  return [
    t('legal.beforeLive', { file: legalFile }),
    ...waiting.flatMap((page) => [
      `  ${t('legal.withheld', { page: t(`legal.pages.${page.kind}`), files: page.files })}`,
      ...page.facts.map((fact) => `    – ${t(`legal.facts.${fact}`)}`),
    ]),
  ];
}
