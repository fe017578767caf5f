import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { editorMessages, editorTranslations } from '../i18n/editor/index.ts';
import { editorLanguage } from '../i18n/editor/language.ts';
import type { Locale } from '../i18n/locales.ts';
import { ContentError, describeProblems, type ContentProblem } from '../lib/content/content-error.ts';
import { checkContent, failedCheck, type CheckOptions, type ContentCheck } from '../lib/check/index.ts';
import { readPublishedAddresses } from '../lib/check/published-addresses.ts';
import { recordOf, type SiteRecord } from '../lib/astro/site-record.ts';
import { translationStatus } from '../lib/translations/status.ts';
import { plainFailures } from './plain-failure.ts';
import { problemsPage } from './problems-page.ts';
import { reloadSiteModule, siteModule } from './site-module.ts';

/** Where the content check looks (the base path comes from Astro's config), and who else uses a build's check. */
export type ContentCheckOptions = Omit<CheckOptions, 'base' | 'published'> & {
  /** The file of the addresses the site published last (PUBLISHED_ADDRESSES), which the build must keep. */
  publishedAddresses?: string | undefined;
  /** Called with a build's check once it found no problem (the web editor lists the content's topics, axes and partners). */
  onBuildChecked?: (check: ContentCheck) => void;
};

/**
 * Checks the content before Astro touches it, so an editor's mistake stops
 * `npm run build` with one plain report (file, line, what to do, in the
 * editor's language) instead of a stack trace; and, in `npm run dev`, shows
 * the report in the terminal and in place of every page of the preview for
 * as long as the mistake is there. The site the check resolves is the one
 * the pages render (src/integrations/site-module.ts).
 */
export function contentCheck(options: ContentCheckOptions): AstroIntegration {
  return plainFailures(checkingContent(options), options.contentDir);
}

/** The content check's hooks, whose failures are thrown (a mistake in the content as a `ContentError`). */
export function checkingContent(options: ContentCheckOptions): AstroIntegration {
  const checks = new ContentChecks(options);
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        checks.base = config.base;
        // The readings of pages' text are kept in Astro's cache folder, beside the sharing cards, for the next build or check.
        checks.cacheDir = fileURLToPath(config.cacheDir);
        updateConfig({ vite: { plugins: [siteModule(() => checks.siteRecord())] } });
        if (command !== 'build') return;
        const check = await checks.run();
        if (check.problems.length > 0) throw new ContentError(check.problems, editorMessages());
        options.onBuildChecked?.(check);
      },
      'astro:server:setup': ({ server, logger }) => previewProblems(server, logger, checks, editorLanguage(process.env)),
    },
  };
}

/** The checks of one build or dev server: the latest one is what the pages render. */
class ContentChecks {
  private readonly options: ContentCheckOptions;
  private latest: Promise<ContentCheck> | undefined;
  private lastRecord: SiteRecord | undefined;
  /** The base path, from Astro's config. */
  base = '/';
  /** Astro's cache folder, where the check keeps its readings of pages between runs. */
  cacheDir: string | undefined;

  constructor(options: ContentCheckOptions) {
    this.options = options;
  }

  get contentDir(): string {
    return this.options.contentDir;
  }

  /**
   * Checks the content as it is now. A fault of the check itself comes
   * back as its one problem, reported like an editor's mistake.
   */
  run(): Promise<ContentCheck> {
    const { contentDir, publicDir, publishedAddresses } = this.options;
    // Read in the promise, so that a file PUBLISHED_ADDRESSES names but that cannot be read is reported like any fault of the check.
    this.latest = Promise.resolve()
      .then(() => (publishedAddresses ? readPublishedAddresses(publishedAddresses, this.base) : undefined))
      .then((published) => checkContent({ contentDir, publicDir, base: this.base, published, cacheDir: this.cacheDir }))
      .catch((error: unknown) => failedCheck(error, contentDir));
    return this.latest;
  }

  /**
   * The site of the latest check, for the pages. While the content has
   * problems, no page is rendered (the build stops, the preview shows the
   * report instead), but Astro's dev server may still load the pages'
   * modules: they get the last site without problems, or, for a preview
   * started with a mistake, a site without pages.
   */
  async siteRecord(): Promise<SiteRecord> {
    const { site, pages, legal } = await (this.latest ?? this.run());
    if (site) {
      // The pages waiting for facts are not published: the status lists them apart.
      const published = pages.filter((page) => !legal.withheld.has(page.data.kind));
      this.lastRecord = recordOf(site, translationStatus(published, site, this.options.contentDir), legal.waiting);
    }
    return this.lastRecord ?? { base: this.base, routes: [], translationStatus: [], waitingPages: [] };
  }
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
function previewProblems(server: ViteDevServer, logger: AstroIntegrationLogger, checks: ContentChecks, lang: Locale): void {
  const t = editorTranslations(lang);
  const contentRoot = resolve(checks.contentDir);
  let problems: ContentProblem[] = [];
  let checking = Promise.resolve();
  const check = async () => {
    const found = (await checks.run()).problems;
    reloadSiteModule(server);
    if (JSON.stringify(found) === JSON.stringify(problems)) return;
    const hadProblems = problems.length > 0;
    problems = found;
    if (found.length > 0) logger.error(`\n${describeProblems(found, t, 'found')}`);
    else if (hadProblems) logger.info(t('dev.fixed'));
    server.hot.send({ type: 'full-reload', path: '*' });
  };
  // One check at a time, in the order of the changes, so the last one wins.
  // Each check waits for the save to settle: an editor (or a script) may
  // empty a file before writing it, and a check of the empty file would
  // report problems the saved file does not have.
  const recheck = () => {
    checking = checking
      .then(() => new Promise((settled) => setTimeout(settled, SAVE_SETTLES_MS)))
      .then(check)
      .catch((error: unknown) => logger.error(String(error)));
  };
  server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
    if (!isPageRequest(request)) return next();
    // A page asked for while a change is being checked (the reload that
    // follows a save) waits for the check, or it could show the old state.
    // A failure while answering goes to Vite's error page rather than leave the request waiting.
    checking
      .then(() => {
        if (problems.length === 0) return next();
        response.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(problemsPage(problems, lang, t, server.config.base));
      })
      .catch(next);
  });
  recheck();
  server.watcher.on('all', (_event, path) => {
    if (resolve(path).startsWith(contentRoot)) recheck();
  });
}

/** How long a saved file is left to settle before the preview checks it again. */
const SAVE_SETTLES_MS = 150;

/** A browser asking for a page, not for a script, a stylesheet or Vite's own files. */
function isPageRequest(request: IncomingMessage): boolean {
  const url = request.url ?? '';
  if (request.method !== 'GET' || /\/(@|__|node_modules\/)/.test(url)) return false;
  return request.headers['sec-fetch-dest'] === 'document' || (request.headers.accept ?? '').includes('text/html');
}
