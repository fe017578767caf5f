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
    // Stylesheets imported as text (sharing cards read the palette from global.css?raw) stay text.
    css: { include: [/[?&]raw\b/] },
    // The build tests mostly wait for the builds they start: one test file per
    // processor keeps every processor busy (Vitest's default leaves one idle,
    // which on a 2-core machine runs the files one after another).
    maxWorkers: availableParallelism(),
  },
});
