import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { editorTranslations } from '../../src/i18n/editor/index.ts';
import { checkingContent } from '../../src/integrations/content-check.ts';
import { failureOf } from '../../src/integrations/plain-failure.ts';
import { ContentError, describeProblems } from '../../src/lib/content/content-error.ts';
import { reportOf } from '../../src/lib/content/editor-error.ts';
import { editorEnv } from '../helpers/editor-env.ts';
import { contentWithMistake, mistakeNamed, mistakes, problemOf } from '../helpers/mistakes.ts';

/*
 * Each mistake of tests/helpers/mistakes.ts must stop `astro build` with
 * the one problem, reported in the editor's language (French unless chosen
 * otherwise), naming its file, line, field and what to do; no stack trace.
 *
 * The build finds them all in one place: its content-check integration
 * (src/integrations/content-check.ts) runs `checkContent` before Astro
 * reads any content, and throws what it found; the build's boundary
 * (src/integrations/plain-failure.ts) prints that and ends the command. So
 * every mistake is run through the integration's hook in this process, as
 * `astro build` calls it, and the report the boundary would print is
 * compared; two, a page and a data file, go through the real command:
 * they prove the build prints exactly that report, with a failure status.
 * (A real build per mistake took over a minute of the suite.)
 */

/** Run through the real `astro build`: a page's front matter, a data file. */
const REAL_BUILDS = ['missing-title', 'yaml-merge-data'];

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

/** The error the build's content-check hook throws on `contentDir`, called as `astro build` calls it; none when it passes. */
async function buildHookError(contentDir: string): Promise<unknown> {
  const setup = checkingContent({ contentDir, publicDir: 'public' }).hooks['astro:config:setup'];
  if (!setup) throw new Error('The content check has no astro:config:setup hook.');
  // Astro's config as the hook gets it: the check keeps its readings of pages in the cache folder.
  const options = {
    command: 'build',
    config: { base: '/', cacheDir: pathToFileURL(`${resolve('.cache/editor-errors')}/`) },
    updateConfig: () => ({}),
  };
  try {
    await setup(options as unknown as Parameters<typeof setup>[0]);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('the build’s content check on content with a mistake', () => {
  beforeAll(() => {
    vi.stubEnv('EDITOR_LANG', 'fr');
    return () => vi.unstubAllEnvs();
  });

  it('lets content without mistakes through', async () => {
    expect(await buildHookError('tests/fixtures/content')).toBeUndefined();
  });

  for (const mistake of mistakes) {
    it(`stops on ${mistake.name} with it as its one problem, reported in French`, async () => {
      const contentDir = contentWithMistake(mistake, 'in-process');
      const error = await buildHookError(contentDir);
      if (!(error instanceof ContentError)) throw new Error(`Expected a ContentError, got ${String(error)}`);
      const problem = problemOf(mistake, contentDir);
      expect(
        error.problems.map(({ file, line, field, code }) => ({ file, line, field, code })),
        error.message,
      ).toEqual([{ file: problem.file, line: problem.line, field: problem.field, code: problem.code }]);
      expect(reportOf(failureOf(error, contentDir))).toBe(`${describeProblems([problem], t)}\n${t('report.hint')}\n`);
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
