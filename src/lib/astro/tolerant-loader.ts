import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { editorMessages } from '../../i18n/editor/index.ts';
import { describeProblems, internalError } from '../content/content-error.ts';
import { stopWithReport } from '../content/stop-with-report.ts';

/** The options of Astro's glob loader. */
type GlobOptions = Parameters<typeof glob>[0];

/** How Astro reads a file's frontmatter; glob() receives these with its context. */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

/** Marks the data of a page Astro could not read, so that it is left out. */
const UNREADABLE = Symbol('unreadable page');

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
 * language: it ends `astro build`, and `astro dev` reports it and goes on.
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
        ? Object.create(context.logger, { error: { value: (message: string) => (failure ??= new Error(message)) } })
        : context.logger;
      try {
        await loader.load(tolerant({ ...context, logger }));
      } catch (error) {
        failure ??= error;
      }
      if (failure === undefined) return;
      const problems = [internalError(failure, file)];
      if (building) await stopWithReport(problems);
      context.logger.error(describeProblems(problems, editorMessages(), 'found'));
    },
  };
}

/** Astro's glob loader, made tolerant: the site's pages. */
export function pagesLoader(options: GlobOptions): Loader {
  return tolerantLoader({ ...glob(options), name: 'pages-loader' }, options.base?.toString() ?? '');
}

function tolerant(context: LoaderContext & { entryTypes?: Map<string, EntryType> }): LoaderContext {
  const entryTypes =
    context.entryTypes &&
    new Map(
      [...context.entryTypes].map(([extension, type]) => [
        extension,
        {
          ...type,
          getEntryInfo: async (params: { fileUrl: URL; contents: string }) => {
            try {
              return await type.getEntryInfo(params);
            } catch {
              return { data: { [UNREADABLE]: true }, body: '', rawData: '', slug: '' };
            }
          },
        },
      ]),
    );
  const { store } = context;
  return {
    ...context,
    ...(entryTypes && { entryTypes }),
    parseData: async (props) => {
      if (UNREADABLE in props.data) return props.data;
      try {
        return await context.parseData(props);
      } catch {
        return { ...props.data, [UNREADABLE]: true };
      }
    },
    store: {
      ...store,
      set: (entry) => {
        if (!(UNREADABLE in entry.data)) return store.set(entry);
        store.delete(entry.id);
        return false;
      },
    },
  };
}
