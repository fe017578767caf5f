import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { spawnLimited } from '../helpers/command-limit.ts';

/*
 * scripts/setup.sh's ensure_node, run by bash as the npm scripts run it, on
 * the machines it must turn away: the commands that tell it which machine it
 * is on (node, uname, ldd) are replaced by ones that answer as that machine.
 */

const fakes = resolve('.cache/setup/bin');
const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;

function fake(command: string, output: string): void {
  writeFileSync(join(fakes, command), `#!/bin/sh\necho '${output}'\n`);
  chmodSync(join(fakes, command), 0o755);
}

function ensureNode() {
  const result = spawnLimited('bash', ['-c', '. scripts/setup.sh && ensure_node && echo "node ok"'], {
    env: { PATH: `${fakes}:/usr/bin:/bin`, HOME: resolve('.cache/setup/home') },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

beforeEach(() => {
  rmSync('.cache/setup', { recursive: true, force: true });
  mkdirSync(fakes, { recursive: true });
  fake('uname', 'Linux');
});

describe('ensure_node', () => {
  it('reads its minimum from package.json and its exact version from .nvmrc', () => {
    expect(engines).toBe('>=22.12');
    expect(readFileSync('.nvmrc', 'utf8').trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('accepts the oldest Node.js package.json allows', () => {
    fake('node', '22.12.0');
    expect(ensureNode()).toEqual({ status: 0, output: 'node ok\n' });
  });

  it('compares the full version, not only the major one', () => {
    fake('node', '22.11.0');
    fake('uname', 'MINGW64_NT-10.0');
    const { status, output } = ensureNode();
    expect(status).toBe(1);
    expect(output).toContain('Windows is not supported by these scripts: use WSL 2');
  });

  it('says what to install on a musl Linux instead of fetching a binary that cannot run', () => {
    fake('node', '20.0.0');
    fake('ldd', 'musl libc (x86_64)');
    const { status, output } = ensureNode();
    expect(status).toBe(1);
    expect(output).toContain('this Linux uses musl');
    expect(output).not.toContain('installing');
  });

  it('says what to install on a processor no package covers', () => {
    fake('node', '18.0.0');
    fake('ldd', 'ldd (Debian GLIBC 2.41) 2.41');
    writeFileSync(join(fakes, 'uname'), '#!/bin/sh\n[ "$1" = -m ] && echo riscv64 || echo Linux\n');
    const { status, output } = ensureNode();
    expect(status).toBe(1);
    expect(output).toContain('no Node.js package for riscv64 processors');
  });
});
