import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesBelow } from '../../src/lib/files-below.ts';
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

describe('the build', () => {
  it('is deterministic: two builds are byte-identical', () => {
    build('.cache/determinism/first');
    build('.cache/determinism/second');
    const first = filesBelow('.cache/determinism/first');
    expect(first.length).toBeGreaterThan(20);
    expect(filesBelow('.cache/determinism/second')).toEqual(first);
    const different = first.filter(
      (file) =>
        !readFileSync(join('.cache/determinism/first', file)).equals(readFileSync(join('.cache/determinism/second', file))),
    );
    expect(different).toEqual([]);
  });
});
