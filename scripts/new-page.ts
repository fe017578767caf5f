/**
 * `npm run new`: creates a page, with valid frontmatter in the right folder,
 * and optionally a draft translation linked to it. Asks for what is missing;
 * every answer can also be given as a flag, for scripts:
 *
 *   npm run new -- --lang fr --path accord/nouvel-axe --kind page \
 *     --title "Nouvel axe" --description "Résumé." --key new-axis \
 *     --translation en:agreement/new-axis
 *
 * A folder's own page is its `index`: --path dossiers/index.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { isLocale, locales, type Locale } from '../src/i18n/locales.ts';
import { describe } from '../src/lib/content/content-error.ts';
import { checkContent } from '../src/lib/content/check/index.ts';
import { filesAt, parseContentPath, urlOfPath } from '../src/lib/content/content-path.ts';
import { pageKinds } from '../src/lib/content/page-schema.ts';
import { fingerprint } from '../src/lib/translations/fingerprint.ts';
import { exitWith, loadContentOrExit } from './lib/content.ts';

const { values } = parseArgs({
  options: {
    lang: { type: 'string' },
    path: { type: 'string' },
    kind: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    key: { type: 'string' },
    axis: { type: 'string' },
    translation: { type: 'string' },
  },
});

const content = loadContentOrExit();
// Answers are read line by line, from the keyboard or from a pipe (for scripts and tests).
const reader = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
const lines = reader[Symbol.asyncIterator]();

/** A value from its flag, else asked for; with no answer left, a default or a stop. */
async function answer(flag: keyof typeof values, question: string, fallback?: string): Promise<string> {
  const given = values[flag];
  if (typeof given === 'string' && given.trim()) return given.trim();
  process.stdout.write(`${question}${fallback ? ` [${fallback}]` : ''} `);
  const next = await lines.next();
  if (next.done) {
    if (fallback !== undefined) return fallback;
    exitWith(`\nMissing --${flag}: ${question}`);
  }
  const reply = String(next.value).trim();
  if (!process.stdin.isTTY) process.stdout.write(`${reply}\n`);
  if (reply) return reply;
  return fallback ?? answer(flag, question, fallback);
}

const lang = await answer('lang', `Language of the page (${locales.join(' or ')})?`, 'fr');
if (!isLocale(lang)) exitWith(`"${lang}" is not a language of the site: use ${locales.join(' or ')}.`);
const path = (await answer('path', `Address of the page after /${lang}/ (e.g. accord/nouvel-axe)?`)).replace(/^\/+|\/+$/g, '');
const kind = await answer('kind', `Kind of page (${pageKinds.join(', ')})?`, 'page');
if (!(pageKinds as readonly string[]).includes(kind)) exitWith(`"${kind}" is not a kind of page: use one of ${pageKinds.join(', ')}.`);
const title = await answer('title', 'Title?');
const description = await answer('description', 'One or two sentences that sum up the page?');
const slug = path.split('/').filter((segment) => segment !== 'index').at(-1);
const key = await answer('key', 'Key shared with its translations (lowercase, hyphens)?', slug);
const axis = kind === 'axis' ? Number(await answer('axis', 'Axis number (1 to 5)?')) : undefined;
const translation = await answer('translation', 'Also create a draft translation? Give language:address (e.g. en:agreement/new-axis), or leave empty:', '');
reader.close();

if (content.pages.some((page) => page.data.key === key)) {
  exitWith(`The key "${key}" is already used by ${content.pages.find((page) => page.data.key === key)?.filePath}: choose another.`);
}

const originalData = {
  key,
  kind,
  ...(axis === undefined ? {} : { axis }),
  title,
  description,
  ...(kind === 'news' ? { published: new Date().toISOString().slice(0, 10), tags: [] } : {}),
};
const originalBody = '\n{/* Write the page here, in Markdown. */}\n';
const created: string[] = [];
created.push(writePage(lang, path, originalData, originalBody));

if (translation) {
  const [translationLang = '', translationPath = ''] = translation.split(':');
  if (!isLocale(translationLang) || translationLang === lang) {
    undo(`"${translationLang}" is not the other language of the site: write e.g. en:agreement/new-axis.`);
  }
  const version = fingerprint({ title, description, body: originalBody });
  const stub = { ...originalData, draft: true, translated: { from: lang, version } };
  created.push(writePage(translationLang as Locale, translationPath.replace(/^\/+|\/+$/g, ''), stub, originalBody));
}

// The new files must pass the same check as the build, or they are removed.
const problems = await checkContent({ contentDir: content.contentDir, publicDir: 'public', pagesDir: 'src/pages' });
if (problems.length > 0) undo(describe(problems));

console.log(`Created ${created[0]}: write the page, then preview it with npm run dev.`);
if (created[1]) {
  console.log(
    `Created ${created[1]}, a draft translation: translate it, remove "draft: true", ` +
      `then run npm run translation-done -- ${created[1]}`,
  );
}

/** Writes a page file, refusing one that exists (at either form of its address). */
function writePage(pageLang: Locale, pagePath: string, data: object, body: string): string {
  const id = `${pageLang}/${pagePath}.mdx`;
  const parsed = parseContentPath(id);
  if (!parsed.ok) undo(`${id}: ${parsed.message}`);
  const file = `${content.contentDir}/${id}`;
  const forms = filesAt(urlOfPath(parsed.path));
  for (const existing of [forms.page, forms.folderPage].map((form) => `${content.contentDir}/${form}`)) {
    if (existsSync(existing)) undo(`${existing} already exists: choose another address.`);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`);
  return file;
}

/** Removes what this run created, then stops with `message`. */
function undo(message: string): never {
  for (const file of created) rmSync(file, { force: true });
  exitWith(message);
}
