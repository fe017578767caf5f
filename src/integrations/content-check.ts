import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { describe, type ContentProblem } from '../lib/content/content-error.ts';
import { checkContent, type CheckOptions } from '../lib/content/check/index.ts';

/**
 * Checks the content before Astro touches it, so an editor's mistake stops
 * `npm run build` with one plain message (file, line, what to do) instead of
 * a stack trace, and shows in `npm run dev`, in the terminal and the browser.
 */
export function contentCheck(options: CheckOptions): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command !== 'build') return;
        const problems = await checkContent(options);
        if (problems.length > 0) throw editorError(problems);
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentRoot = resolve(options.contentDir);
        const run = async () => {
          const problems = await checkContent(options);
          if (problems.length === 0) return;
          logger.error(`\n${describe(problems)}`);
          server.hot.send({ type: 'error', err: overlayError(problems) });
        };
        void run();
        server.watcher.on('all', (_event, path) => {
          if (resolve(path).startsWith(contentRoot)) void run();
        });
      },
    },
  };
}

const HINT = 'Fix the files listed above, then build again. The editing guide (docs/) explains each field.';

/** The error that stops the build: the report and a hint, without a stack trace that would bury them. */
function editorError(problems: ContentProblem[]): AstroError {
  const error = new AstroError(describe(problems), HINT);
  error.stack = '';
  return error;
}

/** The report as Vite's error overlay shows it, pointing at the first problem's file and line. */
function overlayError(problems: ContentProblem[]) {
  const [first] = problems;
  const place = first && { id: first.file, loc: { file: resolve(first.file), line: first.line ?? 1, column: 1 } };
  return { message: describe(problems), stack: '', plugin: 'content-check', ...place };
}
