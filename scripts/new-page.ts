/**
 * `npm run new`: creates a page, with valid frontmatter in the right folder,
 * and optionally a draft translation linked to it. Asks for what is missing;
 * every answer can also be given as an option, for scripts:
 *
 *   npm run new -- --lang fr --path accord/nouvel-axe --kind page \
 *     --title "Nouvel axe" --description "Résumé." --key new-axis \
 *     --translation en:agreement/new-axis
 *
 * A folder's own page is its `index`: --path dossiers/index.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { stringify } from 'yaml';
import type { EditorTranslate } from '../src/i18n/editor/index.ts';
import { localDay } from '../src/i18n/dates.ts';
import { isLocale, locales, type Locale } from '../src/i18n/locales.ts';
import { ContentError, describeProblems, problemMessage, type ContentProblem } from '../src/lib/content/content-error.ts';
import { checkContent } from '../src/lib/check/index.ts';
import { addressOf, filesAt, parseContentPath } from '../src/lib/content/content-path.ts';
import { pageKinds } from '../src/lib/content/page-schema.ts';
import { readContent } from '../src/lib/content/read-content.ts';
import { publishedSite } from '../src/lib/routing/published-site.ts';
import { siteSettings } from '../src/lib/settings.ts';
import { fingerprint } from '../src/lib/content/fingerprint.ts';
import { fail, runCommand, type OptionValues } from './lib/cli.ts';
import { CreatedFiles } from './lib/created-files.ts';

/** What the editor says the page is. */
interface Answers {
  lang: Locale;
  path: string;
  kind: string;
  title: string;
  description: string;
  key: string;
  axis: number | undefined;
  translation: string;
}

await runCommand(
  {
    name: 'new',
    help: 'new.help',
    helpParams: { kinds: pageKinds },
    options: Object.fromEntries(
      ['lang', 'path', 'kind', 'title', 'description', 'key', 'axis', 'translation'].map((name) => [name, { type: 'string' }]),
    ),
    langOption: false,
  },
  async ({ values, t }) => {
    // Pages with problems are left out, not a reason to stop: they are reported once the page is made.
    const { contentDir } = siteSettings(process.env);
    const { pages } = readContent(contentDir);
    const answers = await ask(values, t);
    const owner = pages.find((page) => page.data.key === answers.key);
    if (owner) fail(t('new.keyTaken', { key: answers.key, file: owner.filePath }));
    await create(contentDir, answers, t);
  },
);

/** Each answer from its option, else asked for, line by line, from the keyboard or a pipe (scripts, tests). */
async function ask(values: OptionValues, t: EditorTranslate): Promise<Answers> {
  const reader = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const lines = reader[Symbol.asyncIterator]();
  const answer = async (option: string, question: string, fallback?: string): Promise<string> => {
    const given = values[option];
    if (typeof given === 'string' && given.trim()) return given.trim();
    process.stdout.write(`${question}${fallback ? ` [${fallback}]` : ''} `);
    const next = await lines.next();
    if (next.done) {
      if (fallback !== undefined) return fallback;
      fail(`\n${t('new.missingAnswer', { option, question })}`);
    }
    const reply = String(next.value).trim();
    if (!process.stdin.isTTY) process.stdout.write(`${reply}\n`);
    if (reply) return reply;
    return fallback ?? answer(option, question, fallback);
  };
  const lang = await answer('lang', t('new.ask.lang', { languages: locales }), 'fr');
  if (!isLocale(lang)) fail(t('new.notLanguage', { value: lang, languages: locales }));
  const path = trimSlashes(await answer('path', t('new.ask.path', { lang })));
  const kind = await answer('kind', t('new.ask.kind', { kinds: pageKinds }), 'page');
  if (!(pageKinds as readonly string[]).includes(kind)) fail(t('new.notKind', { value: kind, kinds: pageKinds }));
  const title = await answer('title', t('new.ask.title'));
  const description = await answer('description', t('new.ask.description'));
  const slug = path
    .split('/')
    .filter((segment) => segment !== 'index')
    .at(-1);
  const key = await answer('key', t('new.ask.key'), slug);
  const axis = kind === 'axis' ? axisNumber(await answer('axis', t('new.ask.axis')), t) : undefined;
  const translation = await answer('translation', t('new.ask.translation'), '');
  reader.close();
  return { lang, path, kind, title, description, key, axis, translation };
}

function axisNumber(text: string, t: EditorTranslate): number {
  const axis = Number(text);
  if (!Number.isInteger(axis)) fail(t('new.notAxis', { value: text }));
  return axis;
}

/**
 * Writes the page (and its draft translation), then keeps them only if they
 * add no problem to the content. Problems other pages already had do not
 * stop it: they are reported after, as the build would report them.
 */
async function create(contentDir: string, answers: Answers, t: EditorTranslate): Promise<void> {
  const { lang, path, kind, title, description, key, axis, translation } = answers;
  const originalData = {
    key,
    kind,
    ...(axis === undefined ? {} : { axis }),
    title,
    description,
    ...(kind === 'news' ? { published: localDay(new Date()), tags: [] } : {}),
  };
  const body = `\n{/* ${t('new.placeholder')} */}\n`;
  const before = (await checkContent(checkOptions(contentDir))).problems;
  const files = new CreatedFiles();
  const undo: (message: string) => never = (message) => {
    files.remove();
    fail(message);
  };
  const write = (pageLang: Locale, pagePath: string, data: object): void => {
    const problem = writePage(files, contentDir, pageLang, pagePath, `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`, t);
    if (problem) undo(problem);
  };
  write(lang, path, originalData);
  if (translation) {
    const [translationLang = '', translationPath = ''] = translation.split(':');
    if (!isLocale(translationLang) || translationLang === lang) undo(t('new.notTranslation', { value: translation }));
    const version = fingerprint({ title, description, body });
    write(translationLang, trimSlashes(translationPath), { ...originalData, draft: true, translated: { from: lang, version } });
  }
  const after = (await checkContent(checkOptions(contentDir))).problems;
  const added = [...after.filter((problem) => !before.some((old) => sameProblem(old, problem))), ...acrossPages(contentDir, files.pages)];
  if (added.length > 0) undo(`${describeProblems(added, t, 'found')}\n${t('new.removed')}`);
  const [page, draft] = files.pages;
  console.log(t('new.created', { file: page }));
  if (draft) console.log(t('new.createdDraft', { file: draft }));
  if (after.length > 0) console.log(`\n${t('new.otherProblems')}\n\n${describeProblems(after, t, 'found')}`);
}

function checkOptions(contentDir: string) {
  return { contentDir, publicDir: 'public' };
}

function sameProblem(a: ContentProblem, b: ContentProblem): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The problems of the new pages among the others, for when other pages
 * already had problems: the check then leaves out the checks across pages
 * (they would report consequences of those problems), so they are run here
 * on the pages that can be read, keeping only what concerns the new ones.
 */
function acrossPages(contentDir: string, created: readonly string[]): ContentProblem[] {
  const { pages, problems } = readContent(contentDir);
  if (problems.length === 0) return [];
  try {
    publishedSite(pages);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.filter((problem) => created.includes(problem.file));
  }
}

/**
 * Writes a page file, refusing one that exists at either form of its
 * address (and, at the exact path, even one made in the meantime: the file
 * is only ever created, never overwritten); what stopped it, if anything.
 */
function writePage(
  files: CreatedFiles,
  contentDir: string,
  lang: Locale,
  path: string,
  text: string,
  t: EditorTranslate,
): string | undefined {
  const id = `${lang}/${path}.mdx`;
  const parsed = parseContentPath(id);
  if (!parsed.ok) return t('new.badAddress', { file: `${contentDir}/${id}`, problem: problemMessage({ file: id, ...parsed }, t) });
  const forms = filesAt(addressOf(parsed.path));
  const taken = [forms.page, forms.folderPage].map((form) => `${contentDir}/${form}`).find((file) => existsSync(file));
  if (taken) return t('new.fileExists', { file: taken });
  const file = `${contentDir}/${id}`;
  files.makeFolderFor(file);
  try {
    writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return t('new.fileExists', { file });
    throw error;
  }
  files.pages.push(file);
  return undefined;
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}
