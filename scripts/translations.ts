/**
 * `npm run translations`: where each page stands in each language.
 *
 *   npm run translations              a table for editors
 *   npm run translations -- --json    the same, for programs
 *   npm run translations -- --strict  fails when a translation is missing or outdated
 */
import { parseArgs } from 'node:util';
import { locales } from '../src/i18n/locales.ts';
import { isComplete, translationStatus, type StatusRow, type TranslationState } from '../src/lib/translations/status.ts';
import { loadContentOrExit } from './lib/content.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, strict: { type: 'boolean' } } });
const { contentDir, pages, site } = loadContentOrExit();
const rows = translationStatus(pages, site, contentDir);

if (values.json) console.log(JSON.stringify(rows, null, 2));
else console.log(table(rows));
if (values.strict && !isComplete(rows)) process.exit(1);

function table(statusRows: StatusRow[]): string {
  const labels: Record<TranslationState, string> = {
    original: 'original',
    'up-to-date': 'up to date',
    outdated: 'OUTDATED',
    draft: 'draft',
    missing: 'missing',
  };
  const keyWidth = Math.max(4, ...statusRows.map((row) => row.key.length)) + 2;
  const cell = (text: string) => text.padEnd(12);
  const lines = [`${'Page'.padEnd(keyWidth)}${locales.map(cell).join('')}`];
  for (const row of statusRows) {
    lines.push(`${row.key.padEnd(keyWidth)}${locales.map((lang) => cell(labels[row.languages[lang].state])).join('')}`);
    for (const lang of locales) {
      const { state, file } = row.languages[lang];
      if (state === 'missing') lines.push(`    ${lang}: not translated; to translate it, create ${file}`);
      if (state === 'outdated') lines.push(`    ${lang}: the original changed; update ${file}, then run npm run translation-done -- ${file}`);
      if (state === 'draft') lines.push(`    ${lang}: draft, not published yet: ${file}`);
    }
  }
  const count = (state: TranslationState) =>
    statusRows.reduce((total, row) => total + locales.filter((lang) => row.languages[lang].state === state).length, 0);
  lines.push('', `${statusRows.length} pages: ${count('missing')} translations missing, ${count('outdated')} outdated, ${count('draft')} in draft.`);
  return lines.join('\n');
}
