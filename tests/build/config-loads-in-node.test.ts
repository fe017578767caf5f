import { describe, expect, it } from 'vitest';
import { spawnLimited } from '../helpers/command-limit.ts';

/*
 * Astro first imports a JavaScript config with Node.js's own loader, and
 * only when that fails loads it again through a Vite server of its own,
 * quietly (node_modules/astro/dist/core/config/vite-load.js). Through Vite,
 * every module the config imports is transformed first: about a second of
 * every build and every rebuild. So everything astro.config.mjs imports
 * must load in Node.js alone: TypeScript Node.js can strip, JSON imported
 * `with { type: 'json' }`, no Vite query (`?raw`). A JSON import without
 * its attribute was enough to lose that second without a word.
 */

/** Imports astro.config.mjs as Astro's first attempt does, in a Node.js of its own. */
function importConfig() {
  return spawnLimited(process.execPath, ['--input-type=module', '-e', "await import('./astro.config.mjs');"]);
}

describe('astro.config.mjs', () => {
  it('loads with Node.js’s own module loader, so Astro does not load it through Vite', () => {
    const result = importConfig();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
