/*
 * The layers of the code, one way (see ARCHITECTURE.md). Each layer may use
 * the layers listed before it, never one after it:
 *
 *   1. base       src/i18n/, src/lib/settings.ts, src/lib/files-below.ts, src/lib/stylesheet-colours.ts, src/lib/code-id.ts, src/lib/replace-file.ts
 *   2. model      src/lib/content/, src/lib/markdown/     (what content is)
 *   3. resolver   src/lib/routing/, then src/lib/check/   (where it goes; is it right)
 *   4. features   src/lib/{map,sharing-cards,seo,search,translations,cms}/, src/lib/route-emblem.ts
 *   5. glue       src/lib/astro/                          (all that needs Astro or Vite to run)
 *   6. site       src/middleware.ts, src/pages/, src/layouts/, src/components/,
 *                 src/integrations/, src/content.config.ts, astro.config.mjs
 *
 * Layers 1 to 4 run under plain Node.js too: scripts/ and bench/ use them, and
 * nothing else of src/. Nothing outside tests/ imports tests/.
 *
 * Run it with `npx depcruise --output-type err-long src scripts bench astro.config.mjs`
 * (err-long adds each broken rule's reason). dependency-cruiser cannot read
 * .astro files: they are all in the site layer, which may use every other one.
 */
const layer = {
  base: '^src/i18n/|^src/lib/(settings|files-below|stylesheet-colours|code-id|replace-file)[.]ts$',
  model: '^src/lib/(content|markdown)/',
  resolver: '^src/lib/routing/',
  check: '^src/lib/check/',
  features: '^src/lib/(map|sharing-cards|seo|search|translations|cms)/|^src/lib/route-emblem[.]ts$',
  glue: '^src/lib/astro/',
  site: '^src/(middleware[.]ts|content[.]config[.]ts|pages/|layouts/|components/|integrations/)|^astro[.]config[.]mjs$',
  browser: '^src/(client|admin)/',
};
const pure = [layer.base, layer.model, layer.resolver, layer.check, layer.features].join('|');
const astroOnly = '^astro:|^src/styles/|^node_modules/astro/dist/(?!zod)|^node_modules/vite/';

/** A rule that `from` may not use `to`, with the words a developer sees when it breaks. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from: { path: from }, to: { path: to } });

module.exports = {
  forbidden: [
    forbid(
      'base-uses-nothing-above',
      'src/i18n/, settings, files-below, stylesheet-colours, code-id and replace-file are the base layer: they may use nothing else of src/.',
      layer.base,
      [layer.model, layer.resolver, layer.check, layer.features, layer.glue, layer.site, layer.browser].join('|'),
    ),
    forbid(
      'model-uses-base-only',
      'The content model (src/lib/content/, src/lib/markdown/) may use the base layer (i18n, settings) only, never the resolver, the check, features, Astro glue or the site.',
      layer.model,
      [layer.resolver, layer.check, layer.features, layer.glue, layer.site, layer.browser].join('|'),
    ),
    forbid(
      'resolver-uses-model-and-base',
      'The resolver (src/lib/routing/) may use the content model and the base layer only, never the content check, features, Astro glue or the site.',
      layer.resolver,
      [layer.check, layer.features, layer.glue, layer.site, layer.browser].join('|'),
    ),
    forbid(
      'check-uses-resolver-model-and-base',
      'The content check (src/lib/check/) may use the resolver, the content model and the base layer only, never features, Astro glue or the site.',
      layer.check,
      [layer.features, layer.glue, layer.site, layer.browser].join('|'),
    ),
    forbid(
      'features-use-pure-layers',
      'Features (map, sharing cards, SEO, search, translations status, CMS config) may use the check, the resolver, the content model and the base layer, never Astro glue (src/lib/astro/) or the site.',
      layer.features,
      [layer.glue, layer.site, layer.browser].join('|'),
    ),
    forbid(
      'glue-serves-the-site',
      'Astro glue (src/lib/astro/) may use every pure layer, never the site (pages, layouts, components, middleware, integrations).',
      layer.glue,
      layer.site,
    ),
    forbid(
      'pure-layers-run-without-astro',
      'Base, model, resolver, check and features run under plain Node.js (scripts and tests import them): only src/lib/astro/ and the site may import astro:*, the stylesheets (src/styles/, as ?raw text), Astro internals or Vite.',
      pure,
      astroOnly,
    ),
    forbid(
      'scripts-use-pure-layers',
      'scripts/ and bench/ run under plain Node.js: they may use base, model, resolver, check and features, never Astro glue, the site or browser code.',
      '^(scripts|bench)/',
      [layer.glue, layer.site, layer.browser].join('|'),
    ),
    forbid(
      'nothing-imports-tests',
      'Tests may use the code, never the other way round: nothing in src/, scripts/ or bench/ imports tests/.',
      '^(src|scripts|bench)/|^astro[.]config',
      '^tests/',
    ),
    {
      name: 'pure-layers-import-what-node-loads',
      comment:
        'Base, model, resolver, check and features run under plain Node.js: every import must resolve as Node.js resolves it, so none with a Vite-only query (?raw, ?url, ?inline, ?worker…): read the file with node:fs, or move the import to src/lib/astro/.',
      severity: 'error',
      from: { path: pure },
      to: { couldNotResolve: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'Folders use each other one way: move the shared piece down a layer instead of importing back.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycle',
      comment:
        'Modules use each other one way (a cycle made only of type imports is let through: it does not exist once TypeScript is stripped, e.g. a route and the news list page it may carry).',
      severity: 'error',
      from: { path: '^(src|scripts|bench)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^bench/(starlight|[.]work)/' },
    tsPreCompilationDeps: true,
    // Resolver plugins cannot sit in this file (dependency-cruiser copies it); they come as a webpack configuration's.
    webpackConfig: { fileName: '.dependency-cruiser-resolve.cjs' },
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
