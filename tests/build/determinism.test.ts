import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorEnv } from '../helpers/editor-env.ts';

/* Two builds of the same commit give byte-identical output: a deploy can be reproduced and diffed. */

function build(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...editorEnv, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir },
    encoding: 'utf8',
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
}

function files(folder: string): string[] {
  return (readdirSync(folder, { recursive: true, withFileTypes: true }) as { isFile(): boolean; name: string; parentPath: string }[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

describe('the build', () => {
  it('is deterministic: two builds are byte-identical', () => {
    build('.cache/determinism/first');
    build('.cache/determinism/second');
    const first = files('.cache/determinism/first');
    expect(first.length).toBeGreaterThan(20);
    expect(files('.cache/determinism/second')).toEqual(first);
    const different = first.filter(
      (file) =>
        !readFileSync(join('.cache/determinism/first', file)).equals(readFileSync(join('.cache/determinism/second', file))),
    );
    expect(different).toEqual([]);
  });
});
