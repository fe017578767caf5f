import type { LoaderContext } from 'astro/loaders';

/*
 * The one place the site relies on Astro's internals, isolated here so an
 * upgrade that changes them fails in one test
 * (tests/unit/unreadable-entries.test.ts) and one error, not silently:
 *
 * - `LoaderContext.entryTypes`, which Astro passes to every loader but marks
 *   internal: how the glob loader reads a file's frontmatter. Wrapping it is
 *   the only way to learn that a page's frontmatter is not YAML without the
 *   glob loader stopping `astro dev`.
 * - `store.set`, overridden so that an entry marked unreadable is left out
 *   of the collection instead of stored.
 *
 * Astro has no public hook for "skip this entry"; the alternative is a copy
 * of its glob loader, which would drift from Astro's far more.
 */

/** How Astro reads a file's frontmatter; glob() receives these with its context. */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

/** The loader context as Astro gives it, with its internal part. */
export type AstroLoaderContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

/** Marks the data of a page Astro could not read, so that it is left out. */
const UNREADABLE = Symbol('unreadable page');

/**
 * `context`, except that an entry whose frontmatter cannot be read or whose
 * data the schema refuses is left out of the collection instead of ending
 * the load with an error.
 *
 * @throws {Error} when Astro no longer gives loaders `entryTypes`: an upgrade
 * changed what this relies on.
 */
export function leavingUnreadableOut(context: AstroLoaderContext): LoaderContext {
  if (!(context.entryTypes instanceof Map)) {
    throw new Error(
      'Astro no longer gives content loaders LoaderContext.entryTypes, which src/lib/astro/unreadable-entries.ts wraps to leave unreadable pages out: adapt that file to the new Astro.',
    );
  }
  const entryTypes = new Map([...context.entryTypes].map(([extension, type]) => [extension, tolerantEntryType(type)]));
  const { store } = context;
  return {
    ...context,
    entryTypes,
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
  } as LoaderContext;
}

function tolerantEntryType(type: EntryType): EntryType {
  return {
    ...type,
    getEntryInfo: async (params) => {
      try {
        return await type.getEntryInfo(params);
      } catch {
        return { data: { [UNREADABLE]: true }, body: '', rawData: '', slug: '' };
      }
    },
  };
}
