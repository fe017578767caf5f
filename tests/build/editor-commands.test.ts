import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { editorEnv } from '../helpers/editor-env.ts';

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
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    env: { ...editorEnv, CONTENT_DIR: contentDir, ...(lang === 'en' ? { EDITOR_LANG: 'en' } : {}) },
    encoding: 'utf8',
    input,
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

beforeEach(() => {
  rmSync(contentDir, { recursive: true, force: true });
  cpSync('tests/fixtures/content', contentDir, { recursive: true });
});

describe('npm run new', () => {
  const page = ['--lang', 'fr', '--path', 'accord/nouvelle-page', '--kind', 'page', '--title', 'Nouvelle page'];

  it('creates a page and a draft translation linked to it, both valid', () => {
    const result = run('new', ...page, '--description', 'Une nouvelle page pour les tests.', '--key', 'new-page', '--translation', 'en:agreement/new-page');
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
    expect(page).toMatch(/^---\nkey: visite\nkind: news\ntitle: Visite d’une délégation\ndescription: Une délégation en visite\.\npublished: \d{4}-\d{2}-\d{2}\ntags: \[\]\n---\n/);
  });

  it('refuses an address that is taken', () => {
    const result = run('new', '--lang', 'fr', '--path', 'accord/premier-axe', '--kind', 'page', '--title', 'X', '--description', 'Une page qui ne devrait pas exister.', '--key', 'x');
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
    const result = run('new', '--lang', 'fr', '--path', 'dossiers/page', '--kind', 'page', '--title', 'X', '--description', 'Une page qui ne devrait pas exister.', '--key', 'x');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`This page has no parent page: add ${contentDir}/fr/dossiers/index.mdx`);
    expect(result.output).toContain('Nothing was created: the new page would not build.');
    expect(existsSync(`${contentDir}/fr/dossiers/page.mdx`)).toBe(false);
  });
});

describe('npm run translations', () => {
  it('prints the status in French by default, with French plurals', () => {
    const { status, output } = runIn('fr', '', 'translations');
    expect(status).toBe(0);
    expect(output).toMatch(/^axis-third +original +À METTRE À JOUR/m);
    expect(output).toContain(`fr\u00a0: pas traduite\u202f; pour la traduire, créez ${contentDir}/fr/accord/port-visit.mdx`);
    expect(output).toContain('10 pages\u00a0: 3 traductions manquantes, 1 à mettre à jour, 1 en brouillon.');
  });

  it('prints the status of every language of every page', () => {
    const { status, output } = run('translations');
    expect(status).toBe(0);
    expect(output).toMatch(/^axis-third +original +OUTDATED/m);
    expect(output).toMatch(/^axis-second +original +draft/m);
    expect(output).toMatch(/^port-visit +missing +original/m);
    expect(output).toContain(`fr: not translated; to translate it, create ${contentDir}/fr/accord/port-visit.mdx`);
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
