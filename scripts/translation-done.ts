/**
 * `npm run translation-done -- <file>…`: records that each translation now
 * matches its original, after an editor has revised it. It writes the
 * original's language and fingerprint into the translation's frontmatter
 * (`translated: { from, version }`), leaving the rest of the file as it is.
 */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { entryFacts, originalOf } from '../src/lib/translations/original.ts';
import { exitWith, runCommand } from './lib/cli.ts';
import { loadContentOrExit } from './lib/content.ts';

await runCommand(
  { name: 'translation-done', help: 'translationDone.help', options: {}, allowPositionals: true, langOption: true },
  ({ positionals: files, t }) => {
    if (files.length === 0) exitWith(t('translationDone.noFile'));
    const { pages } = loadContentOrExit(t);
    for (const file of files) {
      const path = relative(process.cwd(), resolve(file));
      const translation = pages.find((page) => page.filePath === path);
      if (!translation) exitWith(t('translationDone.notAPage', { file }));
      const versions = pages.filter((page) => page.data.key === translation.data.key);
      const original = originalOf(versions, entryFacts);
      const other = versions.find((page) => page !== translation);
      if (!original || !other) exitWith(t('translationDone.onlyVersion', { file, key: translation.data.key }));
      if (original === translation) exitWith(t('translationDone.isOriginal', { file, translation: other.filePath }));
      const { document, body } = translation.parsed;
      document.setIn(['translated', 'from'], entryFacts(original).lang);
      document.setIn(['translated', 'version'], original.fingerprint);
      // lineWidth 0: never re-wrap the lines an editor wrote.
      writeFileSync(path, `---\n${document.toString({ lineWidth: 0 })}---\n${body}`);
      const done = t('translationDone.done', { file: path, original: original.filePath });
      console.log(translation.data.draft ? `${done} ${t('translationDone.stillDraft')}` : done);
    }
  },
);
