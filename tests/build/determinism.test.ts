import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesBelow } from '../../src/lib/files-below.ts';
import { editorEnv } from '../helpers/editor-env.ts';
import { spawnLimited } from '../helpers/command-limit.ts';

/*
 * Two builds of the same commit give byte-identical output: a deploy can be
 * reproduced and diffed. The second build starts from an empty Astro cache
 * (nothing reused from the first) and runs in a time zone 14 hours ahead, so a
 * date written in local time, or anything left over in the cache, shows.
 */

const coldCache = '.cache/determinism/cold-cache';

function build(outDir: string, env: NodeJS.ProcessEnv): void {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnLimited('npx', ['astro', 'build'], {
    env: { ...editorEnv, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, ...env },
    encoding: 'utf8',
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
}

describe('the build', () => {
  it('is deterministic: two builds, the second cold and in another time zone, are byte-identical', () => {
    build('.cache/determinism/first', { TZ: 'UTC' });
    rmSync(coldCache, { recursive: true, force: true });
    build('.cache/determinism/second', { TZ: 'Pacific/Kiritimati', CACHE_DIR: coldCache });
    expect(filesBelow(coldCache).length, 'the second build used its own cache').toBeGreaterThan(0);
    const first = filesBelow('.cache/determinism/first');
    expect(first.length).toBeGreaterThan(20);
    expect(filesBelow('.cache/determinism/second')).toEqual(first);
    const different = first.filter(
      (file) => !readFileSync(join('.cache/determinism/first', file)).equals(readFileSync(join('.cache/determinism/second', file))),
    );
    expect(different).toEqual([]);
  });
});
