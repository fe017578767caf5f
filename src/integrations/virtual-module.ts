import type { Plugin } from 'vite';

/**
 * A Vite plugin serving the module `id` (`virtual:partnership/…`) as
 * `export default <value>`: how an integration hands what it knows to the
 * pages and endpoints, which run bundled (ARCHITECTURE.md, "Between the
 * build and its pages"). `value` is called each time the module is loaded:
 * in the dev server, after each change.
 */
export function virtualModule(id: string, value: () => unknown): Plugin {
  const resolved = resolvedIdOf(id);
  return {
    name: `partnership:${id.slice(id.lastIndexOf('/') + 1)}`,
    resolveId: {
      filter: { id: new RegExp(`^${id}$`) },
      handler: () => resolved,
    },
    load: {
      filter: { id: new RegExp(`^${resolved}$`) },
      handler: async () => `export default ${JSON.stringify(await value())};`,
    },
  };
}

/** The id Vite knows the module `id` by once resolved: marked as no file's, as Vite's convention asks. */
export function resolvedIdOf(id: string): string {
  return `\0${id}`;
}
