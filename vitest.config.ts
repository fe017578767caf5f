/// <reference types="vitest/config" />
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
  },
});
