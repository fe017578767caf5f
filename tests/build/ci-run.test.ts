import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { spawnLimited } from '../helpers/command-limit.ts';

/*
 * What CI runs, run for real by bash: .ci/run with an npm that only records
 * what it is asked (the real commands are the whole suite and Lighthouse),
 * and scripts/setup.sh's ensure_dependencies with the real npm, on a project
 * of its own.
 */

const work = resolve('.cache/ci-run');
const fakes = join(work, 'bin');
const npmLog = join(work, 'npm.log');
/** The Node.js running the tests, which setup.sh's ensure_node accepts. */
const nodeBin = dirname(process.execPath);

beforeEach(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(fakes, { recursive: true });
  // Records its arguments, and fails when they are FAIL_ON.
  writeFileSync(join(fakes, 'npm'), '#!/bin/sh\necho "$*" >> "$NPM_LOG"\n[ "$*" = "$FAIL_ON" ] && exit 1\nexit 0\n');
  chmodSync(join(fakes, 'npm'), 0o755);
});

function ciRun(failOn = '') {
  const result = spawnLimited('bash', ['.ci/run'], {
    // DEPENDENCIES_READY: the packages are installed (ensure_dependencies is tested below).
    env: { PATH: `${fakes}:${nodeBin}:/usr/bin:/bin`, HOME: process.env.HOME, DEPENDENCIES_READY: '1', NPM_LOG: npmLog, FAIL_ON: failOn },
    encoding: 'utf8',
  });
  const asked = existsSync(npmLog) ? readFileSync(npmLog, 'utf8').trim().split('\n') : [];
  return { status: result.status, asked, output: result.stdout + result.stderr };
}

describe('.ci/run', () => {
  it('runs the README’s test command, then the Lighthouse gate', () => {
    const run = ciRun();
    expect(run.status, run.output).toBe(0);
    expect(run.asked).toEqual(['test', 'run lighthouse']);
  });

  it('fails when a test fails, without going on to Lighthouse', () => {
    const run = ciRun('test');
    expect(run.status).not.toBe(0);
    expect(run.asked).toEqual(['test']);
  });
});

describe('ensure_dependencies', () => {
  it('installs the locked packages afresh in CI, keeping Astro’s cache folder (the sharing cards) that npm ci would delete', () => {
    const project = join(work, 'project');
    mkdirSync(join(project, 'node_modules/.astro/sharing-cards'), { recursive: true });
    mkdirSync(join(project, 'node_modules/left-over'), { recursive: true });
    writeFileSync(join(project, 'node_modules/.astro/sharing-cards/card.png'), 'a card');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'project', version: '1.0.0', private: true }));
    writeFileSync(
      join(project, 'package-lock.json'),
      JSON.stringify({
        name: 'project',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: { '': { name: 'project', version: '1.0.0' } },
      }),
    );
    const result = spawnLimited('bash', ['-c', `. ${resolve('scripts/setup.sh')} && ensure_dependencies`], {
      cwd: project,
      env: { PATH: `${nodeBin}:/usr/bin:/bin`, HOME: process.env.HOME, CI: 'true' },
      encoding: 'utf8',
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    // npm ci ran: what node_modules held before is gone…
    expect(existsSync(join(project, 'node_modules/left-over'))).toBe(false);
    // …but for the cache, put back where Astro reads it.
    expect(readFileSync(join(project, 'node_modules/.astro/sharing-cards/card.png'), 'utf8')).toBe('a card');
  });
});
