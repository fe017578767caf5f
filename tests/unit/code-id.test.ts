import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeId, importedFiles } from '../../src/lib/code-id.ts';

/*
 * The id of the code behind a cached result (src/lib/code-id.ts), on a small
 * project written for each test: what the entry reaches, in every way a
 * module names another, and nothing else, changes it.
 */

let root: string;

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const entry = () => pathToFileURL(join(root, 'src/entry.ts'));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'code-id-'));
  write({
    'node_modules/.package-lock.json': '{"packages":{"node_modules/satteri":{"version":"0.10.5"}}}',
    'src/entry.ts': [
      "import { a } from './a.ts';",
      "import type { B } from '../lib/b.ts';",
      "export * from './c.ts';",
      "import './side-effect.js';",
      "const d = await import('./d.ts');",
      "import words from './words.json' with { type: 'json' };",
      "const worker = new URL('./worker.ts', import.meta.url);",
      "import { parse } from 'yaml';",
    ].join('\n'),
    'src/a.ts': "export { e } from './deeper/e.ts';\nexport const a = 1;",
    'lib/b.ts': 'export type B = string;',
    'src/c.ts': 'export const c = 1;',
    'src/side-effect.js': 'globalThis.x = 1;',
    'src/d.ts': 'export const d = 1;',
    'src/words.json': '{"one": "un"}',
    'src/worker.ts': 'export {};',
    'src/deeper/e.ts': "export const e = 'e';",
    'src/unrelated.ts': "import { a } from './a.ts';",
  });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('importedFiles', () => {
  it('follows every relative import of the entry, and of what it imports, and nothing else', () => {
    const files = importedFiles([join(root, 'src/entry.ts')]).map((file) => file.slice(root.length + 1));
    expect(files).toEqual([
      'lib/b.ts',
      'src/a.ts',
      'src/c.ts',
      'src/d.ts',
      'src/deeper/e.ts',
      'src/entry.ts',
      'src/side-effect.js',
      'src/words.json',
      'src/worker.ts',
    ]);
  });
});

describe('codeId', () => {
  it('is the same for the same code', () => {
    expect(codeId([entry()])).toBe(codeId([entry()]));
  });

  it.each(['src/deeper/e.ts', 'src/words.json', 'lib/b.ts', 'node_modules/.package-lock.json'])('changes when %s changes', (file) => {
    const before = codeId([entry()]);
    write({ [file]: '{"changed": true}' });
    expect(codeId([entry()])).not.toBe(before);
  });

  it('stays the same when a file the entry does not reach changes', () => {
    const before = codeId([entry()]);
    write({ 'src/unrelated.ts': 'export const unrelated = 2;' });
    expect(codeId([entry()])).toBe(before);
  });

  it('does not depend on where the project is', () => {
    const moved = `${root}-moved`;
    cpSync(root, moved, { recursive: true });
    try {
      expect(codeId([pathToFileURL(join(moved, 'src/entry.ts'))])).toBe(codeId([entry()]));
    } finally {
      rmSync(moved, { recursive: true, force: true });
    }
  });

  it('cannot be given without npm’s record of the packages installed', () => {
    rmSync(join(root, 'node_modules'), { recursive: true });
    expect(() => codeId([entry()])).toThrow(/node_modules\/\.package-lock\.json/);
  });
});
