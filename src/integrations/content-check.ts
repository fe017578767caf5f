import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { editorMessages, editorTranslations, type EditorTranslate } from '../i18n/editor/index.ts';
import { editorLanguage } from '../i18n/editor/language.ts';
import type { Locale } from '../i18n/locales.ts';
import { describeProblems, type ContentProblem } from '../lib/content/content-error.ts';
import { checkContent, type CheckOptions } from '../lib/content/check/index.ts';
import { problemsPage } from './problems-page.ts';

/**
 * Checks the content before Astro touches it, so an editor's mistake stops
 * `npm run build` with one plain report (file, line, what to do, in the
 * editor's language) instead of a stack trace; and, in `npm run dev`, shows
 * the report in the terminal and in place of every page of the preview for
 * as long as the mistake is there.
 */
export function contentCheck(options: CheckOptions): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command !== 'build') return;
        const problems = await checkContent(options);
        if (problems.length > 0) await stopBuild(problems, editorMessages());
      },
      'astro:server:setup': ({ server, logger }) => previewProblems(server, logger, options, editorLanguage(process.env)),
    },
  };
}

/**
 * Prints the report and ends the build. Exiting here, before Astro has
 * written anything, spares editors Astro's own wrapping of a thrown error
 * (an English "unhandled error" line around the report).
 */
async function stopBuild(problems: ContentProblem[], t: EditorTranslate): Promise<never> {
  const report = `${describeProblems(problems, t)}\n${t('report.hint')}\n`;
  // Written, and flushed even to a pipe, before the process ends.
  await new Promise<void>((written) => process.stderr.write(report, () => written()));
  process.exit(1);
}

/**
 * Keeps the content checked while the preview runs. Sending Vite's error
 * overlay to the browsers connected at the time of a change is not enough:
 * a page opened or reloaded afterwards gets the last good version, without
 * a sign of the mistake, and a browser that is between two pages when the
 * message goes out never gets it. So while the content has problems, every
 * page request gets the report instead, and each change of state reloads
 * the open pages.
 */
function previewProblems(server: ViteDevServer, logger: AstroIntegrationLogger, options: CheckOptions, lang: Locale): void {
  const t = editorTranslations(lang);
  const contentRoot = resolve(options.contentDir);
  let problems: ContentProblem[] = [];
  let checking = Promise.resolve();
  const check = async () => {
    const found = await checkContent(options);
    if (JSON.stringify(found) === JSON.stringify(problems)) return;
    const hadProblems = problems.length > 0;
    problems = found;
    if (found.length > 0) logger.error(`\n${describeProblems(found, t, 'found')}`);
    else if (hadProblems) logger.info(t('dev.fixed'));
    server.hot.send({ type: 'full-reload', path: '*' });
  };
  // One check at a time, in the order of the changes, so the last one wins.
  const recheck = () => {
    checking = checking.then(check).catch((error: unknown) => logger.error(String(error)));
  };
  server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
    if (!isPageRequest(request)) return next();
    // A page asked for while a change is being checked (the reload that
    // follows a save) waits for the check, or it could show the old state.
    void checking.then(() => {
      if (problems.length === 0) return next();
      response.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(problemsPage(problems, lang, t, server.config.base));
    });
  });
  recheck();
  server.watcher.on('all', (_event, path) => {
    if (resolve(path).startsWith(contentRoot)) recheck();
  });
}

/** A browser asking for a page, not for a script, a stylesheet or Vite's own files. */
function isPageRequest(request: IncomingMessage): boolean {
  const url = request.url ?? '';
  if (request.method !== 'GET' || /\/(@|__|node_modules\/)/.test(url)) return false;
  return request.headers['sec-fetch-dest'] === 'document' || (request.headers.accept ?? '').includes('text/html');
}
