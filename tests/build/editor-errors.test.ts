import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { editorTranslations } from '../../src/i18n/editor/index.ts';
import { checkContent, failedCheck } from '../../src/lib/check/index.ts';
import { describeProblems } from '../../src/lib/content/content-error.ts';
import { editorEnv } from '../helpers/editor-env.ts';
import { contentWithMistake, mistakeNamed, mistakes, problemOf } from '../helpers/mistakes.ts';

/*
 * Each mistake of tests/helpers/mistakes.ts must stop `astro build` with
 * the one problem, reported in the editor's language (French unless chosen
 * otherwise), naming its file, line, field and what to do; no stack trace.
 *
 * The build finds them all in one place: its content-check integration
 * (src/integrations/content-check.ts) runs `checkContent` before Astro
 * reads any content, and stops with that report. So every mistake is run
 * through `checkContent` in this process, called as the integration calls
 * it, and a few, one of each kind of file, through the real command: they
 * prove the build prints exactly that report, with a failure status.
 * (A real build per mistake took over a minute of the suite.)
 */

/** Run through the real `astro build`: a page's front matter, MDX, Markdown, a link, a data file, an image. */
const REAL_BUILDS = ['missing-title', 'mdx-syntax-error', 'md-script', 'broken-link', 'yaml-merge-data', 'image-not-png'];

const t = editorTranslations('fr');

interface Run {
  contentDir: string;
  status: number | null;
  output: string;
}

/** What `astro build` prints on `contentDir`, and its exit status. */
function build(contentDir: string): Promise<Run> {
  const env = {
    ...editorEnv,
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: contentDir,
    OUT_DIR: `${contentDir}-dist`,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
  return new Promise((done) => {
    const child = spawn('npx', ['astro', 'build'], { env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => done({ contentDir, status, output }));
  });
}

describe('the build’s content check on content with a mistake', () => {
  for (const mistake of mistakes) {
    it(`finds ${mistake.name} as its one problem, reported in French`, async () => {
      const contentDir = contentWithMistake(mistake, 'in-process');
      // As the integration calls it: a fault of the check itself is its one problem.
      const check = await checkContent({ contentDir, publicDir: 'public', base: '/' }).catch((error: unknown) =>
        failedCheck(error, contentDir),
      );
      const problem = problemOf(mistake, contentDir);
      expect(
        check.problems.map(({ file, line, field, code }) => ({ file, line, field, code })),
        describeProblems(check.problems, t),
      ).toEqual([{ file: problem.file, line: problem.line, field: problem.field, code: problem.code }]);
      expect(describeProblems(check.problems, t)).toBe(describeProblems([problem], t));
      expect(check.site).toBeUndefined();
    });
  }
});

/** Runs `tasks` at most `width` at a time, in lanes; each result as it comes. */
function pooled<T>(tasks: (() => Promise<T>)[], width: number): Promise<T>[] {
  const lanes: Promise<unknown>[] = Array.from({ length: width }, () => Promise.resolve());
  return tasks.map((task, index) => {
    const lane = index % width;
    const result = (lanes[lane] ?? Promise.resolve()).then(task);
    lanes[lane] = result.catch(() => undefined);
    return result;
  });
}

describe('npm run build on content with a mistake', () => {
  const built = REAL_BUILDS.map(mistakeNamed);
  let runs: Promise<Run>[] = [];
  beforeAll(() => {
    // Side by side, as many as the machine has cores for.
    const width = Math.max(1, Math.min(3, availableParallelism()));
    runs = pooled(
      built.map((mistake) => () => build(contentWithMistake(mistake, 'build'))),
      width,
    );
  });

  built.forEach((mistake, index) => {
    it(`stops on ${mistake.name} with the one problem, reported in French`, async () => {
      const run = await runs[index];
      if (!run) throw new Error(`${mistake.name} was not built.`);
      const { contentDir, status, output } = run;
      expect(status, output).toBe(1);
      expect(output).toContain(`${describeProblems([problemOf(mistake, contentDir)], t)}\n${t('report.hint')}\n`);
      // Nothing that looks like a stack trace comes before (or after) the report.
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    });
  });
});
