import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editorTranslations } from '../../src/i18n/editor/index.ts';
import { filesBelow } from '../../src/lib/files-below.ts';
import { editorEnv } from '../helpers/editor-env.ts';
import { spawnLimited } from '../helpers/command-limit.ts';

/*
 * What a build keeps in its cache folder for the next one, through real
 * builds of the test content: the sharing cards, the content check's
 * readings of the pages' text and the corridor map's drawings. A rebuild
 * draws no card, reads no page's text again, draws no map, and writes the
 * same bytes as the cold build, every file of the site; a changed title
 * redraws its own card only (a title is not the page's text). The builds
 * count their cards in the line they print for editors (in French, the
 * default); the other caches are rewritten only when something was read
 * or drawn again, so their files' times tell.
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

/** Every file of the cache folder besides the cards (the content check's readings, the map's drawings), with the time it was written. */
function keptFiles(): Map<string, number> {
  const kept = filesBelow(cacheDir).filter((file) => /^(content-check|corridor-map)\//.test(file));
  return new Map(kept.map((file) => [file, statSync(join(cacheDir, file)).mtimeMs]));
}

/** Every file of a built site, by path. */
function filesOf(outDir: string): Map<string, Buffer> {
  return new Map(filesBelow(outDir).map((file) => [file, readFileSync(join(outDir, file))]));
}

/** The built cards (each page's, and the site's own), by path. */
function cardsOf(outDir: string): Map<string, Buffer> {
  const cards = filesBelow(outDir).filter((file) => /(^|\/)(sharing-card|share)\.png$/.test(file));
  return new Map(cards.map((file) => [file, readFileSync(join(outDir, file))]));
}

const counted = (drawn: number, reused: number) => fr('build.sharingCards', { drawn, reused });

describe('the build’s caches', () => {
  let cold: Map<string, Buffer>;
  let kept: Map<string, number>;

  beforeAll(() => {
    rmSync(workDir, { recursive: true, force: true });
    cpSync('tests/fixtures/content', contentDir, { recursive: true });
    const output = build(join(workDir, 'cold'));
    cold = cardsOf(join(workDir, 'cold'));
    expect(output).toContain(counted(cold.size, 0));
    kept = keptFiles();
  }, 180_000);

  it('keeps the content check’s readings and the map’s four drawings', () => {
    expect([...kept.keys()].filter((file) => file.startsWith('content-check/'))).toEqual(['content-check/readings.json']);
    expect([...kept.keys()].filter((file) => file.startsWith('corridor-map/'))).toHaveLength(4);
  });

  it('draws cards of 20 KB at most', () => {
    expect(cold.size).toBeGreaterThan(20);
    for (const [file, png] of cold) expect(png.length, file).toBeLessThanOrEqual(20 * 1024);
  });

  it('lets a second build draw no card, read no page, draw no map, and write the same bytes in every file', () => {
    const output = build(join(workDir, 'warm'));
    expect(output).toContain(counted(0, cold.size));
    expect(keptFiles()).toEqual(kept);
    const [coldSite, warmSite] = [filesOf(join(workDir, 'cold')), filesOf(join(workDir, 'warm'))];
    expect([...warmSite.keys()]).toEqual([...coldSite.keys()]);
    const different = [...warmSite].filter(([file, bytes]) => !bytes.equals(coldSite.get(file)!)).map(([file]) => file);
    expect(different).toEqual([]);
  });

  it('redraws only the card of a page whose title changed', () => {
    writeFileSync(changedPage, readFileSync(changedPage, 'utf8').replace(/^title: .*$/m, 'title: A renamed test agreement'));
    const output = build(join(workDir, 'renamed'));
    expect(output).toContain(counted(1, cold.size - 1));
    const renamed = cardsOf(join(workDir, 'renamed'));
    const changed = [...renamed].filter(([file, png]) => !png.equals(cold.get(file)!)).map(([file]) => file);
    expect(changed).toEqual(['en/agreement/sharing-card.png']);
    expect(keptFiles()).toEqual(kept);
  });
});
