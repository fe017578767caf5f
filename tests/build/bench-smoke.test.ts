import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorTranslations } from '../../src/i18n/editor/index.ts';
import { editorEnv } from '../helpers/editor-env.ts';
import { spawnLimited } from '../helpers/command-limit.ts';

/*
 * `npm run bench` itself, at the smallest size it takes and one run: both
 * sites build, the rebuild after one changed title draws that article's card
 * alone, and the tables come out. Slow machines are fine: no time is checked.
 */

const size = 18;

describe('npm run bench', () => {
  it('builds both sites, then ours again after one title changed, and prints its tables', () => {
    const result = spawnLimited('npm', ['run', '--silent', 'bench', '--', '--sizes', String(size), '--runs', '1', '--no-readme'], {
      env: { ...editorEnv, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('| Content files | Build time, ours / Starlight | Rebuild, one title changed |');
    expect(result.stdout).toMatch(new RegExp(`^\\| ${size} \\| [\\d.]+ \\| [\\d.]+ s \\| [\\d.]+ \\|`, 'm'));
    const rebuildLog = readFileSync(`bench/.work/logs/ours-${size}-1-rebuild.log`, 'utf8');
    expect(rebuildLog).toMatch(new RegExp(editorTranslations('fr')('build.sharingCards', { drawn: 1, reused: '\\d+' })));
  }, 600_000);
});
