/**
 * `npm run translation-done -- <file>…`: records that each translation now
 * matches its original, after an editor has revised it. It writes the
 * original's language and fingerprint into the translation's frontmatter
 * (`translated: { from, version }`), changing only those lines, and refuses
 * a file that is an original rather than a translation.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { EditorTranslate } from '../src/i18n/editor/index.ts';
import type { Locale } from '../src/i18n/locales.ts';
import type { ContentPage } from '../src/lib/content/read-content.ts';
import { withTranslatedField } from '../src/lib/content/translated-field.ts';
import { originalVersion, versionsByKey } from '../src/lib/routing/versions.ts';
import { fail, runCommand } from './lib/cli.ts';
import { loadContent } from './lib/content.ts';
import { replaceFile } from './lib/files.ts';

await runCommand(
  { name: 'translation-done', help: 'translationDone.help', options: {}, allowPositionals: true, langOption: true },
  ({ positionals: files, t }) => {
    if (files.length === 0) fail(t('translationDone.noFile'));
    const { pages } = loadContent(t);
    // Every file is checked before any is written: a mistake in the list changes nothing.
    const updates = files.map((file) => updateOf(file, pages, t));
    for (const { translation, original, originalLang } of updates) {
      const path = translation.filePath;
      const claim = { from: originalLang, version: original.fingerprint };
      replaceFile(path, withTranslatedField(readFileSync(path, 'utf8'), claim));
      const done = t('translationDone.done', { file: path, original: original.filePath });
      console.log(translation.data.draft ? `${done} ${t('translationDone.stillDraft')}` : done);
    }
  },
);

/** The translation `file` names and the original it follows, or the plain reason there is none. */
function updateOf(file: string, pages: readonly ContentPage[], t: EditorTranslate): Update {
  const path = relative(process.cwd(), resolve(file));
  const translation = pages.find((page) => page.filePath === path);
  if (!translation) fail(t('translationDone.notAPage', { file }));
  const versions = versionsByKey(pages).get(translation.data.key) ?? new Map<Locale, ContentPage>();
  const original = originalVersion(versions);
  const other = [...versions.values()].find((page) => page !== translation);
  if (!original || !other) fail(t('translationDone.onlyVersion', { file: path, key: translation.data.key }));
  // Recording a version on the original would silently turn the translation direction round.
  if (original.entry === translation) fail(t('translationDone.isOriginal', { file: path, translation: other.filePath }));
  return { translation, original: original.entry, originalLang: original.lang };
}

/** A translation to mark as up to date, and the original it now follows. */
interface Update {
  translation: ContentPage;
  original: ContentPage;
  originalLang: Locale;
}
