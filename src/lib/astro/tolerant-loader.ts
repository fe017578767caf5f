import { glob, type Loader } from 'astro/loaders';
import { editorMessages } from '../../i18n/editor/index.ts';
import { ContentError, describeProblems, internalError } from '../content/content-error.ts';
import { reportOf, type EditorError } from '../content/editor-error.ts';
import { leavingUnreadableOut } from './unreadable-entries.ts';

/** The options of Astro's glob loader. */
type GlobOptions = Parameters<typeof glob>[0];

/**
 * An Astro loader, except that an entry it cannot read (frontmatter that is
 * not YAML, a field the schema refuses) is left out of the collection
 * instead of stopping `astro dev` with a stack trace and an English report:
 * the content check reports it (file, line, what to do, in the editor's
 * language) in the terminal and on every page of the preview, and the
 * entry comes back as soon as it is fixed. `astro build` never gets here
 * with a mistake: the check stops it first.
 *
 * Any other error of the loader (a fault, not a mistake in `file`, the
 * file or folder it reads) is one plain `internal-error` in the editor's
 * language: `astro build` ends on it (see `forAstroCli`), and `astro dev`
 * reports it and goes on.
 * In `astro build`, where the check has passed, an error the loader only
 * logs counts too (Astro's file loader logs a file it cannot read, in
 * English, and goes on without its entries); in `astro dev` it may be an
 * editor's mistake, which the check reports, so it is left as it is.
 */
export function tolerantLoader(loader: Loader, file: string): Loader {
  return {
    name: loader.name,
    load: async (context) => {
      // Only `astro dev` watches the content.
      const building = !context.watcher;
      let failure: unknown;
      const logger = building
        ? (Object.create(context.logger, {
            error: { value: (message: string) => (failure ??= new Error(message)) },
          }) as typeof context.logger)
        : context.logger;
      try {
        await loader.load(leavingUnreadableOut({ ...context, logger }));
      } catch (error) {
        failure ??= error;
      }
      if (failure === undefined) return;
      const problems = [internalError(failure, file)];
      if (building) throw forAstroCli(new ContentError(problems));
      context.logger.error(describeProblems(problems, editorMessages(), 'found'));
    },
  };
}

/**
 * `failure` as Astro's command line should print it. A loader runs inside
 * Astro's content sync, where no hook of ours can catch what it throws:
 * Astro's command line is the boundary, and it prints an error's message,
 * then an English "Hint:" heading and a stack trace. So the error it gets
 * carries the whole report, hint included, as its message, and no stack.
 */
function forAstroCli(failure: EditorError): Error {
  const error = new Error(reportOf(failure).trimEnd());
  error.stack = '';
  return error;
}

/** Astro's glob loader, made tolerant: the site's pages. */
export function pagesLoader(options: GlobOptions): Loader {
  return tolerantLoader({ ...glob(options), name: 'pages-loader' }, options.base?.toString() ?? '');
}
