import type { SpawnSyncReturns } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesBelow } from '../../src/lib/files-below.ts';
import { editorTranslations } from '../../src/i18n/editor/index.ts';
import { editorEnv } from '../helpers/editor-env.ts';
import { COMMAND_LIMIT_MS, spawnLimited } from '../helpers/command-limit.ts';

/*
 * `npm run bench` itself, at about the smallest size it takes and one run: the
 * three sites build from cold and again after one changed title, ours
 * drawing that article's card alone, Starlight-with-cards a card per page
 * that its pages name, and the tables come out. Slow machines are fine: no
 * time is checked.
 */

// The skeleton (18 files) and two French articles with no translation, so that both sites build fallback pages.
const size = 20;
const work = 'bench/.work';

describe('npm run bench', () => {
  let result: SpawnSyncReturns<string>;
  beforeAll(() => {
    result = spawnLimited('npm', ['run', '--silent', 'bench', '--', '--sizes', String(size), '--runs', '1', '--no-readme'], {
      env: { ...editorEnv, NO_COLOR: '1' },
      encoding: 'utf8',
      // Six small builds, one after the other, each within the limit of one.
      timeout: 6 * COMMAND_LIMIT_MS,
    });
  }, 700_000);

  it('builds the three sites, from cold then after one title changed, and prints its tables', () => {
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('| Content files | Cold build, ours / Starlight | Cold build, ours / Starlight with cards |');
    expect(result.stdout).toMatch(new RegExp(`^\\| ${size} \\| Starlight with cards \\| [\\d.]+ s \\| [\\d.]+ s \\|`, 'm'));
    expect(result.stdout).toMatch(new RegExp(`^\\| ${size}( \\| [\\d.]+){9} \\|$`, 'm'));
  });

  it('redraws one card of ours in the rebuild', () => {
    const rebuildLog = readFileSync(`${work}/logs/ours-${size}-1-rebuild.log`, 'utf8');
    expect(rebuildLog).toMatch(new RegExp(editorTranslations('fr')('build.sharingCards', { drawn: 1, reused: '\\d+' })));
  });

  it('gives every Starlight-with-cards page a card of its own, fallback pages included, and draws one more in the rebuild', () => {
    const out = `${work}/out/starlight-cards`;
    const pages = filesBelow(out).filter((file) => file.endsWith('.html') && file !== '404.html');
    const cards = pages.map((page) => {
      const image = /<meta property="og:image" content="[^"]*?(\/og\/[^"]+\.png)"/.exec(readFileSync(join(out, page), 'utf8'));
      return image?.[1] ?? `none in ${page}`;
    });
    expect(new Set(cards).size).toBe(pages.length);
    expect(cards.filter((card) => !filesBelow(out).includes(card.slice(1)))).toEqual([]);
    expect(readdirSync(`${work}/cache/starlight-cards/sharing-cards`)).toHaveLength(pages.length + 1);
  });
});
