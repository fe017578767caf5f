/*
 * How dependency-cruiser resolves imports, besides .dependency-cruiser.cjs's
 * options (given as a webpack configuration's `resolve`, the one way it takes
 * resolver plugins). Vite's import queries (`?raw`, `?url`, `?inline`,
 * `?worker`…) name files Node.js cannot load as imports; dependency-cruiser
 * drops the query when it resolves, so no rule could see it. This plugin
 * leaves such an import unresolved instead, for the rule
 * 'pure-layers-import-what-node-loads' to refuse below the Astro glue.
 */
const VITE_QUERY = /^[?](raw|url|inline|no-inline|worker|sharedworker)\b/;

const refuseViteQueries = {
  apply(resolver) {
    resolver.getHook('parsed-resolve').tapAsync('RefuseViteQueries', (request, _context, callback) => {
      if (VITE_QUERY.test(request.query ?? '')) return callback(new Error(`${request.request}${request.query} is a Vite-only import.`));
      return callback();
    });
  },
};

module.exports = { resolve: { plugins: [refuseViteQueries] } };
