import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { editorTranslations } from '../../src/i18n/editor/index.ts';
import { describeProblems } from '../../src/lib/content/content-error.ts';
import { editorEnv } from '../helpers/editor-env.ts';
import { contentWithMistake, mistakes, paramsIn, type Mistake } from '../helpers/mistakes.ts';

/*
 * Each mistake of tests/helpers/mistakes.ts, run once through the real
 * command editors use: `astro build` stops, with a failure status, and
 * prints the report, in the editor's language (French unless chosen
 * otherwise), naming the one problem's file, line, field and what to do;
 * no stack trace. The builds run side by side, as many as the machine has
 * cores for.
 */

const env = (contentDir: string) => ({
  ...editorEnv,
  ASTRO_TELEMETRY_DISABLED: '1',
  CONTENT_DIR: contentDir,
  OUT_DIR: `${contentDir}-dist`,
  FORCE_COLOR: '0',
  NO_COLOR: '1',
});

interface Run {
  contentDir: string;
  status: number | null;
  output: string;
}

function build(mistake: Mistake): Promise<Run> {
  const contentDir = contentWithMistake(mistake, 'build');
  return new Promise((done) => {
    const child = spawn('npx', ['astro', 'build'], { env: env(contentDir) });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => done({ contentDir, status, output }));
  });
}

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

const runs = new Map<string, Promise<Run>>();

beforeAll(() => {
  const width = Math.max(1, Math.min(3, availableParallelism()));
  const results = pooled(
    mistakes.map((mistake) => () => build(mistake)),
    width,
  );
  mistakes.forEach((mistake, index) => {
    const result = results[index];
    if (result) runs.set(mistake.name, result);
  });
});

describe('npm run build on content with a mistake', () => {
  const t = editorTranslations('fr');
  for (const mistake of mistakes) {
    it(`stops on ${mistake.name} with the one problem, reported in French`, async () => {
      const run = await runs.get(mistake.name);
      if (!run) throw new Error(`${mistake.name} was not built.`);
      const { contentDir, status, output } = run;
      expect(status, output).toBe(1);
      const problem = {
        file: `${contentDir}/${mistake.file}`,
        line: mistake.line,
        field: mistake.field,
        code: mistake.code,
        params: paramsIn(mistake, contentDir),
      };
      expect(output).toContain(`${describeProblems([problem], t)}\n${t('report.hint')}\n`);
      // Nothing that looks like a stack trace comes before (or after) the report.
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    });
  }
});
