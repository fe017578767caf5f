/**
 * `npm run translation-done -- <file>…`: records that each translation now
 * matches its original, after an editor has revised it. It writes the
 * original's language and fingerprint into the translation's frontmatter
 * (`translated: { from, version }`), leaving the rest of the file as it is.
 */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { entryFacts, originalOf } from '../src/lib/translations/original.ts';
import { exitWith, loadContentOrExit } from './lib/content.ts';

const files = process.argv.slice(2);
if (files.length === 0) exitWith('Name the translation you revised, e.g.: npm run translation-done -- content/en/agreement/index.mdx');

const { pages } = loadContentOrExit();
for (const file of files) {
  const path = relative(process.cwd(), resolve(file));
  const translation = pages.find((page) => page.filePath === path);
  if (!translation) exitWith(`${file} is not a page of the content folder: check the path.`);
  const versions = pages.filter((page) => page.data.key === translation.data.key);
  const original = originalOf(versions, entryFacts);
  if (!original || original === translation) {
    exitWith(`${file} has the key "${translation.data.key}", but no original page in another language has it.`);
  }
  const { document, body } = translation.parsed;
  document.setIn(['translated', 'from'], original.id.split('/')[0]);
  document.setIn(['translated', 'version'], original.fingerprint);
  // lineWidth 0: never re-wrap the lines an editor wrote.
  writeFileSync(path, `---\n${document.toString({ lineWidth: 0 })}---\n${body}`);
  const draft = translation.data.draft ? ' It is still a draft: remove "draft: true" to publish it.' : '';
  console.log(`${path} is now up to date with ${original.filePath}.${draft}`);
}
