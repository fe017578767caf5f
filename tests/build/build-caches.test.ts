import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editorTranslations } from '../../src/i18n/editor/index.ts';
import { filesBelow } from '../../src/lib/files-below.ts';
import { editorEnv } from '../helpers/editor-env.ts';
import { spawnLimited } from '../helpers/command-limit.ts';

/*
 * The sharing cards' cache, through real builds of the test content: a
 * rebuild draws no card and writes the same bytes; a changed title redraws
 * its own card only. The builds count their cards in the line they print
 * for editors (in French, the default).
 */

const workDir = '.cache/sharing-card-cache';
const contentDir = join(workDir, 'content');
const cacheDir = join(workDir, 'astro-cache');
const changedPage = join(contentDir, 'en/agreement/index.mdx');
const fr = editorTranslations('fr');

/** Builds the copied content into `outDir`, with the shared cache; returns what the build printed. */
function build(outDir: string): string {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnLimited('npx', ['astro', 'build'], {
    env: { ...editorEnv, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', CONTENT_DIR: contentDir, OUT_DIR: outDir, CACHE_DIR: cacheDir },
    encoding: 'utf8',
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return result.stdout + result.stderr;
}

/** The built cards (each page's, and the site's own), by path. */
function cardsOf(outDir: string): Map<string, Buffer> {
  const cards = filesBelow(outDir).filter((file) => /(^|\/)(sharing-card|share)\.png$/.test(file));
  return new Map(cards.map((file) => [file, readFileSync(join(outDir, file))]));
}

const counted = (drawn: number, reused: number) => fr('build.sharingCards', { drawn, reused });

describe('the sharing cards’ cache', () => {
  let cold: Map<string, Buffer>;

  beforeAll(() => {
    rmSync(workDir, { recursive: true, force: true });
    cpSync('tests/fixtures/content', contentDir, { recursive: true });
    const output = build(join(workDir, 'cold'));
    cold = cardsOf(join(workDir, 'cold'));
    expect(output).toContain(counted(cold.size, 0));
  }, 180_000);

  it('draws cards of 20 KB at most', () => {
    expect(cold.size).toBeGreaterThan(20);
    for (const [file, png] of cold) expect(png.length, file).toBeLessThanOrEqual(20 * 1024);
  });

  it('lets a second build draw no card, and write the same bytes', () => {
    const output = build(join(workDir, 'warm'));
    expect(output).toContain(counted(0, cold.size));
    const warm = cardsOf(join(workDir, 'warm'));
    expect([...warm.keys()]).toEqual([...cold.keys()]);
    for (const [file, png] of warm) expect(png.equals(cold.get(file)!), file).toBe(true);
  });

  it('redraws only the card of a page whose title changed', () => {
    writeFileSync(changedPage, readFileSync(changedPage, 'utf8').replace(/^title: .*$/m, 'title: A renamed test agreement'));
    const output = build(join(workDir, 'renamed'));
    expect(output).toContain(counted(1, cold.size - 1));
    const renamed = cardsOf(join(workDir, 'renamed'));
    const changed = [...renamed].filter(([file, png]) => !png.equals(cold.get(file)!)).map(([file]) => file);
    expect(changed).toEqual(['en/agreement/sharing-card.png']);
  });
});
