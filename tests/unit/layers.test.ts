import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractWebpackResolveConfig from 'dependency-cruiser/config-utl/extract-webpack-resolve-config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The layer rules of .dependency-cruiser.cjs, run on a small tree of probe
 * files: a rule that never fires would let `npx depcruise` pass whatever
 * the code does.
 */

let root: string;

/** The probe tree: `files` by path, each with its text. */
function writeTree(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** The rules broken in the probe tree, as `rule: from → to`. */
async function violations(): Promise<string[]> {
  const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
  // Read as the command line reads it: its file system comes later, from dependency-cruiser.
  const resolveOptions = (await extractWebpackResolveConfig('./.dependency-cruiser-resolve.cjs')) as Parameters<typeof cruise>[2];
  const { output } = await cruise(['src'], { ...options, baseDir: root }, resolveOptions, {});
  return (output as ICruiseResult).summary.violations.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'layers-'));
  writeTree({
    'src/lib/map/land.json': '{}',
    // The pure layers import as Node.js does: a file, not a Vite query.
    'src/lib/map/plain.ts': "import land from './land.json' with { type: 'json' };\nexport { land };\n",
    'src/lib/map/raw.ts': "import land from './land.json?raw';\nexport { land };\n",
    'src/lib/map/url.ts': "import land from './land.json?url';\nexport { land };\n",
    // The Astro glue may use Vite's queries.
    'src/lib/astro/raw.ts': "import land from '../map/land.json?raw';\nexport { land };\n",
  });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the layer rules', () => {
  it('refuse a Vite-only import below the Astro glue, and only there', async () => {
    expect(await violations()).toEqual([
      'pure-layers-import-what-node-loads: src/lib/map/raw.ts → ./land.json?raw',
      'pure-layers-import-what-node-loads: src/lib/map/url.ts → ./land.json?url',
    ]);
  });
});
