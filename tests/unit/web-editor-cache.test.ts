import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledRecordOf, isFresh } from '../../src/integrations/web-editor/index.ts';

/*
 * The web editor's cached app is kept only while every module of ours it
 * bundled is unchanged: the modules come from the build's module graph,
 * recorded beside the app, not from a list kept by hand.
 */

let dir: string;
let app: string;
let bundled: string;

beforeEach(() => {
  // Inside the project, as the build records its modules: by path from the project root.
  mkdirSync('.cache', { recursive: true });
  dir = relative(process.cwd(), mkdtempSync(join('.cache', 'web-editor-cache-')));
  app = join(dir, 'app');
  bundled = join(dir, 'labels.ts');
  mkdirSync(app);
  writeFileSync(join(app, 'index.html'), '<!doctype html>');
  writeFileSync(bundled, 'export const label = "Titre";\n');
  record();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Records `bundled` as it is now, as a build does: each bundled module's sha-256, by its path. */
function record(): void {
  writeFileSync(bundledRecordOf(app), JSON.stringify({ [bundled]: createHash('sha256').update(readFileSync(bundled)).digest('hex') }));
}

describe('the web editor’s cached app', () => {
  it('is kept while the modules it bundled are unchanged', () => {
    expect(isFresh(app)).toBe(true);
  });

  it('is built again when a module it bundled changed, or is gone', () => {
    writeFileSync(bundled, 'export const label = "Titre de la page";\n');
    expect(isFresh(app)).toBe(false);
    rmSync(bundled);
    expect(isFresh(app)).toBe(false);
  });

  it('is built again without its record, or without its page', () => {
    rmSync(join(app, 'index.html'));
    expect(isFresh(app)).toBe(false);
    writeFileSync(join(app, 'index.html'), '<!doctype html>');
    rmSync(bundledRecordOf(app));
    expect(isFresh(app)).toBe(false);
  });
});
