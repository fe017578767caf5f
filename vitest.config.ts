/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

/**
 * The build tests that must not run beside the others. Those that run
 * `astro build` in this checkout itself, on content that passes the check:
 * Astro writes the module map of the content it builds into the project's
 * `.astro/` folder, so two of them at once break each other
 * (tests/e2e/build-sites.ts says how). And the dev preview's, which times
 * the page's reload after a save: beside the others, the reloaded page
 * sometimes never showed the fixed article (6 runs in 12 with CI=true), which
 * it always does alone. They run one after another, once the other files are
 * done; the other build tests run in copies of the project, or stop at the
 * content check, before Astro writes anything.
 */
const runAlone = [
  'tests/build/bench-smoke.test.ts',
  'tests/build/determinism.test.ts',
  'tests/build/dev-preview.test.ts',
  'tests/build/draft-build.test.ts',
  'tests/build/internal-error.test.ts',
  'tests/build/build-caches.test.ts',
];

// Astro's Vite config, so tests can import `astro/zod` and render components
// with the Container API exactly as the build does.
export default getViteConfig({
  test: {
    // Build tests run real `astro` commands.
    testTimeout: 120_000,
    // Stylesheets imported as text (sharing cards read the palette from global.css?raw) stay text.
    css: { include: [/[?&]raw\b/] },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit and build',
          include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
          exclude: runAlone,
          // One file per processor, and two at least (Vitest would use one on a 2-core machine):
          // most build tests wait on the commands they start.
          maxWorkers: Math.max(2, availableParallelism()),
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'one at a time',
          include: runAlone,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
