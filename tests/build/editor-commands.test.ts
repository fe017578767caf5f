import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { editorEnv } from '../helpers/editor-env.ts';
import { spawnLimited } from '../helpers/command-limit.ts';

/*
 * The editors' commands, run as editors run them (npm run …), on a copy of
 * the fixture content. Their messages are checked in English here
 * (EDITOR_LANG=en), and in French, the default, where said.
 */

const contentDir = '.cache/commands/content';

function run(script: string, ...args: string[]) {
  return runWithInput('', script, ...args);
}

/** Runs `npm run <script>` with `input` typed in, line by line, with messages in `lang`. */
function runWithInput(input: string, script: string, ...args: string[]) {
  return runIn('en', input, script, ...args);
}

function runIn(lang: 'fr' | 'en', input: string, script: string, ...args: string[]) {
  return runWith({ ...(lang === 'en' ? { EDITOR_LANG: 'en' } : {}) }, input, script, ...args);
}

/** Runs `npm run <script>` in an editor's environment with `env` added (messages in French unless it says otherwise). */
function runWith(env: NodeJS.ProcessEnv, input: string, script: string, ...args: string[]) {
  const result = spawnLimited('npm', ['run', '--silent', script, '--', ...args], {
    env: { ...editorEnv, CONTENT_DIR: contentDir, ...env },
    encoding: 'utf8',
    input,
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Neither a Node.js stack trace nor an error's class name: what editors read is one plain message. */
function expectPlain(output: string): void {
  expect(output).not.toMatch(/^\s+at .+\)?$/m);
  expect(output).not.toMatch(/\b(Type|Reference|Syntax)?Error:|ERR_/);
}

beforeEach(() => {
  rmSync(contentDir, { recursive: true, force: true });
  cpSync('tests/fixtures/content', contentDir, { recursive: true });
});

/** `npm run new` for a French page at `path` (after /fr/), with key `x`: for the cases it must refuse. */
function newPageAt(path: string) {
  return run(
    'new',
    '--lang',
    'fr',
    '--path',
    path,
    '--kind',
    'page',
    '--title',
    'X',
    '--description',
    'Une page qui ne devrait pas exister.',
    '--key',
    'x',
  );
}

describe('npm run new', () => {
  const page = ['--lang', 'fr', '--path', 'accord/nouvelle-page', '--kind', 'page', '--title', 'Nouvelle page'];

  it('creates a page and a draft translation linked to it, both valid', () => {
    const result = run(
      'new',
      ...page,
      '--description',
      'Une nouvelle page pour les tests.',
      '--key',
      'new-page',
      '--translation',
      'en:agreement/new-page',
    );
    expect(result.output).toContain(`Created ${contentDir}/fr/accord/nouvelle-page.mdx`);
    expect(result.status).toBe(0);
    const translation = readFileSync(`${contentDir}/en/agreement/new-page.mdx`, 'utf8');
    expect(translation).toMatch(/^---\nkey: new-page\nkind: page\n/);
    expect(translation).toMatch(/draft: true\ntranslated:\n {2}from: fr\n {2}version: [0-9a-f]{12}\n---\n/);
    expect(run('translations', '--json').output).toContain('"key": "new-page"');
  });

  it('asks for what it needs when run without options', () => {
    const answers = ['fr', 'actualites/visite', 'news', 'Visite d’une délégation', 'Une délégation en visite.', '', ''];
    const result = runWithInput(`${answers.join('\n')}\n`, 'new');
    expect(result.output).toContain('Address of the page after /fr/ (e.g. accord/nouvel-axe)? actualites/visite');
    expect(result.status).toBe(0);
    const page = readFileSync(`${contentDir}/fr/actualites/visite.mdx`, 'utf8');
    expect(page).toMatch(
      /^---\nkey: visite\nkind: news\ntitle: Visite d’une délégation\ndescription: Une délégation en visite\.\npublished: \d{4}-\d{2}-\d{2}\ntags: \[\]\n---\n/,
    );
  });

  it('refuses an address that is taken', () => {
    const result = newPageAt('accord/premier-axe');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${contentDir}/fr/accord/premier-axe.mdx already exists: choose another address.`);
  });

  it('refuses a key that is taken', () => {
    const result = run('new', ...page, '--description', 'Une page qui ne devrait pas exister.', '--key', 'axis-first');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('The key "axis-first" is already used by');
    expect(existsSync(`${contentDir}/fr/accord/nouvelle-page.mdx`)).toBe(false);
  });

  it('removes what it created when the result would not build', () => {
    const result = newPageAt('dossiers/page');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`This page has no parent page: add ${contentDir}/fr/dossiers/index.mdx`);
    expect(result.output).toContain('Nothing was created: the new page would not build.');
    // The folder it made for the page goes too.
    expect(existsSync(`${contentDir}/fr/dossiers`)).toBe(false);
    expect(existsSync(`${contentDir}/fr/dossiers/page.mdx`)).toBe(false);
  });
});

describe('npm run translations', () => {
  it('prints the status in French by default, with French plurals', () => {
    const { status, output } = runIn('fr', '', 'translations');
    expect(status).toBe(0);
    expect(output).toMatch(/^axis-third +original +À METTRE À JOUR/m);
    expect(output).toContain(`fr\u00a0: pas traduite\u202f; pour la traduire, créez ${contentDir}/fr/accord/port-visit.mdx`);
    expect(output).toContain('13 pages\u00a0: 3 traductions manquantes, 1 à mettre à jour, 1 en brouillon.');
  });

  it('prints the status of every language of every page', () => {
    const { status, output } = run('translations');
    expect(status).toBe(0);
    expect(output).toMatch(/^axis-third +original +OUTDATED/m);
    expect(output).toMatch(/^axis-second +original +draft/m);
    expect(output).toMatch(/^port-visit +missing +original/m);
    expect(output).toContain(`fr: not translated; to translate it, create ${contentDir}/fr/accord/port-visit.mdx`);
  });

  it('lists, before going live, the facts a legal page waits for, and leaves that page out of the table', () => {
    const legalFile = `${contentDir}/legal.yaml`;
    const facts = readFileSync(legalFile, 'utf8');
    try {
      writeFileSync(legalFile, facts.replace(/^director: .*\n/m, ''));
      const { status, output } = run('translations');
      expect(status).toBe(0);
      expect(output).toContain(`Before going live: some pages are waiting for facts in ${legalFile}.`);
      expect(output).toContain(
        `"Legal notice" is not published (${contentDir}/en/legal-notice.mdx and ${contentDir}/fr/mentions-legales.mdx). Missing:`,
      );
      expect(output).toContain('    – director: the publication director (name and position)');
      expect(output).not.toContain('"Personal data" is not published');
      expect(output).not.toMatch(/^legal-notice /m);
    } finally {
      writeFileSync(legalFile, facts);
    }
  });

  it('gives JSON for programs', () => {
    const rows = JSON.parse(run('translations', '--json').output) as { key: string; languages: Record<string, { state: string }> }[];
    expect(rows.find((row) => row.key === 'axis-third')?.languages.en?.state).toBe('outdated');
  });

  it('fails with --strict while a translation is missing or outdated', () => {
    expect(run('translations', '--strict').status).toBe(1);
  });
});

describe('npm run translation-done', () => {
  it('marks a revised translation up to date, keeping the rest of the file', () => {
    const file = `${contentDir}/en/agreement/third-axis.mdx`;
    const before = readFileSync(file, 'utf8');
    const result = run('translation-done', file);
    expect(result.status).toBe(0);
    expect(result.output).toContain(`${file} is now up to date with ${contentDir}/fr/accord/troisieme-axe.mdx.`);
    const after = readFileSync(file, 'utf8');
    expect(after).not.toBe(before);
    expect(after.replace(/version: .*/, '')).toBe(before.replace(/version: .*/, ''));
    expect(run('translations').output).toMatch(/^axis-third +original +up to date/m);
  });

  it('follows the original: editing it makes the translation outdated again', () => {
    run('translation-done', `${contentDir}/en/agreement/third-axis.mdx`);
    const original = `${contentDir}/fr/accord/troisieme-axe.mdx`;
    writeFileSync(original, `${readFileSync(original, 'utf8')}\nUne phrase ajoutée.\n`);
    expect(run('translations').output).toMatch(/^axis-third +original +OUTDATED/m);
  });

  it('names what is wrong when the file has no original', () => {
    const result = run('translation-done', `${contentDir}/en/agreement/port-visit.mdx`);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('is an original: no page in another language has its key "port-visit"');
  });
});

describe('every editors’ command', () => {
  const commands = ['new', 'translations', 'translation-done'];

  it('explains itself with --help, in French by default', () => {
    for (const command of commands) {
      const { status, output } = runIn('fr', '', command, '--help');
      expect(status, output).toBe(0);
      expect(output).toMatch(new RegExp(`^npm run ${command}`));
      expect(output).toContain('--help');
    }
    expect(runIn('en', '', 'translations', '--help').output).toMatch(/^npm run translations: where each page stands/);
    expect(readdirSync(`${contentDir}/fr/accord`)).not.toContain('undefined.mdx');
  });

  it('answers a mistake in its options with one plain line and a failure status', () => {
    for (const command of commands) {
      const { status, output } = runIn('fr', '', command, '--colour');
      expect(status).toBe(1);
      expect(output.trim()).toBe(
        `--colour n’est pas une option de cette commande. Pour voir ses options\u00a0: npm run ${command} -- --help`,
      );
    }
    const wrongKind = run(
      'new',
      '--lang',
      'fr',
      '--path',
      'accord/x',
      '--kind',
      'blog',
      '--title',
      'X',
      '--description',
      'Une description assez longue.',
    );
    expect(wrongKind.status).toBe(1);
    expect(wrongKind.output).toContain('"blog" is not a kind of page: use one of home, page');
    expectPlain(wrongKind.output);
    const wrongLanguage = run('translations', '--lang', 'de');
    expect(wrongLanguage).toEqual({ status: 1, output: '"de" is not a language of these messages: use fr or en.\n' });
  });
});

describe('npm run new, in more detail', () => {
  const news = ['--lang', 'fr', '--path', 'actualites/visite', '--kind', 'news', '--title', 'Visite', '--key', 'visit'];
  const description = ['--description', 'Une délégation en visite au port.', '--translation', ''];

  it('dates news on the editor’s own calendar day, not in UTC', () => {
    // 25 hours apart: at any moment, at least one of them is not on UTC's day.
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      rmSync(`${contentDir}/fr/actualites/visite.mdx`, { force: true });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
      const result = runWith({ TZ: timeZone, EDITOR_LANG: 'en' }, '', 'new', ...news, ...description);
      expect(result.status, result.output).toBe(0);
      const written = /^published: (.*)$/m.exec(readFileSync(`${contentDir}/fr/actualites/visite.mdx`, 'utf8'))?.[1];
      // The test may straddle midnight in that zone: the day it started or the next.
      const after = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
      expect([today, after]).toContain(written);
    }
  });

  it('still creates a page when another page has a problem, and reports that problem', () => {
    const article = `${contentDir}/fr/actualites/article-francais.md`;
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^published: .*$/m, 'published: 2/05/2023'));
    const result = run('new', ...news, ...description);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`Created ${contentDir}/fr/actualites/visite.mdx`);
    expect(result.output).toContain('Other pages have problems to fix before the site can be built:');
    expect(result.output).toContain(`${article}, line 6 (field "published")`);
    expect(existsSync(`${contentDir}/fr/actualites/visite.mdx`)).toBe(true);
  });

  it('still removes a page of its own that would not build when another page has a problem', () => {
    const article = `${contentDir}/fr/actualites/article-francais.md`;
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^published: .*$/m, 'published: 2/05/2023'));
    const result = run(
      'new',
      '--lang',
      'fr',
      '--path',
      'dossiers/sous/page',
      '--kind',
      'page',
      '--title',
      'X',
      ...description.slice(0, 2),
      '--key',
      'x',
    );
    expect(result.status).toBe(1);
    expect(result.output).toContain(`This page has no parent page: add ${contentDir}/fr/dossiers/sous/index.mdx`);
    expect(existsSync(`${contentDir}/fr/dossiers`)).toBe(false);
  });
});

describe('npm run translation-done, in more detail', () => {
  const original = `${contentDir}/fr/accord/troisieme-axe.mdx`;
  const translation = `${contentDir}/en/agreement/third-axis.mdx`;

  it('refuses an original, changing nothing', () => {
    const before = readFileSync(original, 'utf8');
    const result = run('translation-done', original);
    expect(result.status).toBe(1);
    expect(result.output.trim()).toBe(
      `${original} is the original, not a translation: run the command on its translation instead, e.g. npm run translation-done -- ${translation}`,
    );
    expect(readFileSync(original, 'utf8')).toBe(before);
  });

  it('keeps the file’s byte-order mark, line endings and other lines, and leaves no temporary file', () => {
    const lines = readFileSync(translation, 'utf8').trimEnd().split('\n');
    lines.splice(2, 0, '# A note the editor left in the header.');
    writeFileSync(translation, `\uFEFF${lines.join('\r\n')}\r\n`);
    const before = readFileSync(translation, 'utf8');
    expect(run('translation-done', translation).status).toBe(0);
    const after = readFileSync(translation, 'utf8');
    const changed = after.split('\r\n').filter((line, index) => line !== before.split('\r\n')[index]);
    expect(changed).toEqual([expect.stringMatching(/^ {2}version: [0-9a-f]{12}$/)]);
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(readdirSync(`${contentDir}/en/agreement`).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('adds the field to a translation that lacks it, after the other fields', () => {
    const before = readFileSync(translation, 'utf8').replace(/translated:\n.*\n.*\n/, '');
    writeFileSync(translation, before);
    expect(run('translation-done', translation).status).toBe(0);
    const after = readFileSync(translation, 'utf8');
    expect(after).toMatch(/^description: .*\ntranslated:\n {2}from: fr\n {2}version: [0-9a-f]{12}\n---\n/m);
    expect(after.replace(/translated:\n.*\n.*\n/, '')).toBe(before);
  });
});

describe('a page whose every version is a draft', () => {
  const draft = `${contentDir}/fr/accord/brouillon.mdx`;
  const title = 'Brouillon jamais publié';

  beforeEach(() => {
    writeFileSync(
      draft,
      `---\nkey: draft-only\nkind: page\ntitle: ${title}\ndescription: Une page en préparation, que personne ne doit voir.\ndraft: true\n---\n\nTexte.\n`,
    );
  });

  it('is listed by npm run translations as not published, outside the table', () => {
    const { status, output } = run('translations');
    expect(status, output).toBe(0);
    expect(output).not.toMatch(/^draft-only/m);
    expect(output).toContain(`Not published (every version is a draft): ${draft}`);
    expect(JSON.parse(run('translations', '--json').output)).not.toContainEqual(expect.objectContaining({ key: 'draft-only' }));
  });
});
