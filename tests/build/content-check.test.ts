import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorTranslations } from '../../src/i18n/editor/index.ts';
import { describeProblems, problemMessage } from '../../src/lib/content/content-error.ts';
import { editorEnv } from '../helpers/editor-env.ts';
import { contentWithMistake, mistakeNamed, problemOf } from '../helpers/mistakes.ts';
import { spawnLimited } from '../helpers/command-limit.ts';

/*
 * `npm run content-check`, run as CI runs it on a pull request: the build's
 * content check without the build, and on GitHub Actions each problem as a
 * workflow annotation and a line of the run's summary, in French.
 */

const fr = editorTranslations('fr');

/** `text` as the French catalogue writes it: a no-break space before `: ; ! ?` and inside « ». */
const french = (text: string) => text.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
let summaryDir: string;
let summaryFile: string;

beforeEach(() => {
  summaryDir = mkdtempSync(join(tmpdir(), 'content-check-'));
  summaryFile = join(summaryDir, 'step-summary.md');
});

afterEach(() => rmSync(summaryDir, { recursive: true, force: true }));

/**
 * Runs the command on `contentDir`, on GitHub Actions or not. The variables
 * GitHub gives are set or removed here, so a run of these tests on GitHub
 * Actions writes nothing to its own summary.
 */
function contentCheck(contentDir: string, github: boolean, ...args: string[]) {
  const { GITHUB_ACTIONS: _actions, GITHUB_STEP_SUMMARY: _summary, ...env } = editorEnv;
  const result = spawnLimited('npm', ['run', '--silent', 'content-check', '--', ...args], {
    env: { ...env, CONTENT_DIR: contentDir, ...(github ? { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile } : {}) },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, output: result.stdout + result.stderr };
}

describe('npm run content-check', () => {
  it('passes the real content, and on GitHub Actions says so in the summary, without annotations', () => {
    const run = contentCheck('content', true);
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toBe(french('Le contenu est correct : aucun problème trouvé.\n'));
    expect(readFileSync(summaryFile, 'utf8')).toBe(
      french('## Vérification du contenu\n\nLe contenu est correct : aucun problème trouvé.\n'),
    );
  });

  it('on GitHub Actions, annotates each problem at its file and line, in French, and lists them in the summary', () => {
    // Two mistakes at once: a topic id used twice (a field, a line) and a script in a page (a line, no field).
    const twice = mistakeNamed('tags-id-used-twice');
    const script = mistakeNamed('script-any-case');
    const contentDir = contentWithMistake(twice, 'content-check');
    cpSync(`tests/fixtures/mistakes/${script.name}`, contentDir, { recursive: true });
    const run = contentCheck(contentDir, true);
    expect(run.status, run.output).toBe(1);
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toEqual(
      [
        `::error file=${contentDir}/fr/accord/premier-axe.mdx,line=17,title=Contenu à corriger::<sCript> n’est pas permis dans une page : une page ne contient que les éléments de texte que le guide d’édition énumère (titres, paragraphes, listes, tableaux, liens, images…), jamais de scripts, de styles, de cadres intégrés ni de formulaires. Retirez-le.`,
        `::error file=${contentDir}/tags.yaml,line=3,title=Contenu à corriger (champ « id »)::L’identifiant « test » est déjà pris plus haut dans ce fichier : donnez à chacun le sien.`,
      ].map(french),
    );
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toBe(
      french(
        [
          '## Vérification du contenu',
          '',
          'Le contenu a 2 problèmes :',
          '',
          // Markdown would take <sCript> for HTML, and GitHub would drop it: it is escaped.
          `- ${contentDir}/fr/accord/premier-axe.mdx, ligne 17 : \\<sCript\\> n’est pas permis dans une page : une page ne contient que les éléments de texte que le guide d’édition énumère (titres, paragraphes, listes, tableaux, liens, images…), jamais de scripts, de styles, de cadres intégrés ni de formulaires. Retirez-le.`,
          `- ${contentDir}/tags.yaml, ligne 3 (champ « id ») : L’identifiant « test » est déjà pris plus haut dans ce fichier : donnez à chacun le sien.`,
          '',
        ].join('\n'),
      ),
    );
    // The report editors read in a terminal comes first, as the build words it.
    const problems = [problemOf(script, contentDir), problemOf(twice, contentDir)];
    expect(run.stdout.startsWith(describeProblems(problems, fr, 'found'))).toBe(true);
  });

  it('annotates a problem without a line at its file only', () => {
    const unknownLanguage = mistakeNamed('unknown-language');
    const contentDir = contentWithMistake(unknownLanguage, 'content-check');
    const run = contentCheck(contentDir, true);
    expect(run.status, run.output).toBe(1);
    expect(run.stdout).toContain(
      `\n::error file=${contentDir}/de/index.mdx,title=Contenu à corriger::${problemMessage(problemOf(unknownLanguage, contentDir), fr)}\n`,
    );
  });

  it('elsewhere, prints the report only, in the editor’s language', () => {
    const unknownTag = mistakeNamed('unknown-tag');
    const contentDir = contentWithMistake(unknownTag, 'content-check');
    const run = contentCheck(contentDir, false, '--lang', 'en');
    expect(run.status, run.output).toBe(1);
    expect(run.output).toBe(describeProblems([problemOf(unknownTag, contentDir)], editorTranslations('en'), 'found'));
    expect(existsSync(summaryFile)).toBe(false);
  });
});
