/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can import `astro/zod` and render components
// with the Container API exactly as the build does.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run real `astro` commands.
    testTimeout: 120_000,
    // Test files side by side, two at least: Vitest would run one at a time on
    // a 2-core machine, and the build tests mostly wait for the commands they run
    // (each suite keeps its own folders and Astro cache, so they never share one).
    maxWorkers: Math.max(2, availableParallelism()),
    // Stylesheets imported as text (sharing cards read the palette from global.css?raw) stay text.
    css: { include: [/[?&]raw\b/] },
  },
});
