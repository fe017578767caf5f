/**
 * `npm run translations`: where each page stands in each language.
 *
 *   npm run translations              a table for editors
 *   npm run translations -- --json    the same, for programs
 *   npm run translations -- --strict  fails when a translation is missing or outdated
 */
import type { EditorTranslate } from '../src/i18n/editor/index.ts';
import { locales } from '../src/i18n/locales.ts';
import { isComplete, translationStatus, unpublishedPages, type StatusRow, type TranslationState } from '../src/lib/translations/status.ts';
import { waitingReport } from '../src/lib/content/waiting-report.ts';
import { runCommand } from './lib/cli.ts';
import { loadContent } from './lib/content.ts';
import { dataFilePath } from '../src/lib/content/data-file-names.ts';

const states: readonly TranslationState[] = ['original', 'up-to-date', 'outdated', 'draft', 'missing'];

await runCommand(
  {
    name: 'translations',
    help: 'translations.help',
    options: { json: { type: 'boolean' }, strict: { type: 'boolean' } },
    langOption: true,
  },
  ({ values, t }) => {
    const { contentDir, pages, site, withheld, waiting } = loadContent(t);
    // The pages waiting for their facts are not published: they are listed apart, with what they wait for.
    const rows = translationStatus(
      pages.filter((page) => !withheld.has(page.data.kind)),
      site,
      contentDir,
    );
    const unpublished = unpublishedPages(pages).map((page) => page.filePath);
    console.log(values.json ? JSON.stringify(rows, null, 2) : table(rows, t));
    if (!values.json && unpublished.length > 0) console.log(`\n${t('translations.unpublished', { files: unpublished })}`);
    if (!values.json && waiting.length > 0) console.log(`\n${waitingReport(waiting, dataFilePath(contentDir, 'legal'), t).join('\n')}`);
    if (values.strict && !isComplete(rows)) process.exitCode = 1;
  },
);

/** The status as a table, each page's pending work under it, and the counts. */
function table(rows: StatusRow[], t: EditorTranslate): string {
  const label = (state: TranslationState) => t(`translations.state.${state}`);
  const keyWidth = Math.max(t('translations.page').length, ...rows.map((row) => row.key.length)) + 2;
  const cellWidth = Math.max(...states.map((state) => label(state).length)) + 2;
  const cell = (text: string) => text.padEnd(cellWidth);
  const lines = [`${t('translations.page').padEnd(keyWidth)}${locales.map(cell).join('').trimEnd()}`];
  for (const row of rows) {
    lines.push(
      `${row.key.padEnd(keyWidth)}${locales
        .map((lang) => cell(label(row.languages[lang].state)))
        .join('')
        .trimEnd()}`,
    );
    for (const lang of locales) {
      const { state, file } = row.languages[lang];
      if (state === 'missing' || state === 'outdated' || state === 'draft') lines.push(`    ${t(`translations.${state}`, { lang, file })}`);
    }
  }
  const count = (state: TranslationState) =>
    rows.reduce((total, row) => total + locales.filter((lang) => row.languages[lang].state === state).length, 0);
  const summary = t('translations.summary', {
    pages: t('translations.pages', { count: rows.length }),
    missing: t('translations.missingCount', { count: count('missing') }),
    outdated: t('translations.outdatedCount', { count: count('outdated') }),
    drafts: t('translations.draftCount', { count: count('draft') }),
  });
  lines.push('', summary);
  return lines.join('\n');
}
