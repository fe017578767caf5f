import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { corridorSchema } from '../../src/lib/content/corridor-schema.ts';
import { corridorMapTexts } from '../../src/lib/map/description.ts';
import { drawCorridorMap, type MapRequest } from '../../src/lib/map/draw.ts';
import { corridorMapDrawing, type MapCache } from '../../src/lib/map/map-cache.ts';
import { readMapPalette } from '../../src/lib/map/palette.ts';

/*
 * The corridor map's drawings kept between builds (src/lib/map/map-cache.ts),
 * drawn from the real content: a kept drawing is the very drawing; anything
 * the drawing depends on draws it again; a kept file that cannot be read,
 * or a folder that cannot be written, only means drawing again.
 */

const workDir = '.cache/map-cache';
const cache: MapCache = { dir: join(workDir, 'drawings'), codeId: 'code-id-of-these-tests' };

const corridor = corridorSchema.parse(parse(readFileSync('content/map/corridor.yaml', 'utf8')));
const partners = (parse(readFileSync('content/partners.yaml', 'utf8')) as { id: string; name: Record<'fr' | 'en', string> }[]).map(
  ({ id, name }) => ({ id, name }),
);
const palette = readMapPalette(readFileSync('src/styles/global.css', 'utf8'));
const request: MapRequest = { corridor, lang: 'fr', layout: 'wide', palette, texts: corridorMapTexts(corridor, 'fr', partners) };
const expected = drawCorridorMap(request);

/** Draws through the cache, counting the drawings it had to make. */
async function counted(asked: MapRequest, within: MapCache | undefined = cache): Promise<{ svg: string; drawn: number }> {
  let drawn = 0;
  const svg = await corridorMapDrawing(asked, within, (what) => {
    drawn += 1;
    return drawCorridorMap(what);
  });
  return { svg, drawn };
}

beforeEach(() => rmSync(workDir, { recursive: true, force: true }));

/** Keeps `expected` as `request`'s drawing, as a build that drew it would (drawing it again in every test would be slow). */
async function keepDrawing(): Promise<void> {
  await corridorMapDrawing(request, cache, () => expected);
}

describe('the corridor map’s kept drawings', () => {
  it('give back the very drawing, without drawing it again', async () => {
    expect(await counted(request)).toEqual({ svg: expected, drawn: 1 });
    expect(await counted(request)).toEqual({ svg: expected, drawn: 0 });
  });

  it.each<[string, MapRequest, MapCache?]>([
    ['the language', { ...request, lang: 'en', texts: corridorMapTexts(corridor, 'en', partners) }],
    ['the layout', { ...request, layout: 'narrow' }],
    ['the words', { ...request, texts: { ...request.texts, ocean: 'Océan' } }],
    ['the colours', { ...request, palette: { ...palette, light: { ...palette.light, sea: '#000000' } } }],
    ['the corridor', { ...request, corridor: { ...corridor, inset: { ...corridor.inset, name: { fr: 'Seine', en: 'Seine' } } } }],
    ['the code', request, { ...cache, codeId: 'another-code-id' }],
  ])('draw again when %s changed', async (_what, changed, within = cache) => {
    await keepDrawing();
    expect((await counted(changed, within)).drawn).toBe(1);
  });

  it('draw again when a kept drawing is cut short, or not what was kept', async () => {
    await keepDrawing();
    const [file] = readdirSync(cache.dir);
    const path = join(cache.dir, file!);
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, 100));
    expect(await counted(request)).toEqual({ svg: expected, drawn: 1 });
    writeFileSync(path, JSON.stringify({ key: 'another key', svg: '<svg/>' }));
    expect(await counted(request)).toEqual({ svg: expected, drawn: 1 });
  });

  it('let the map be drawn when the cache folder cannot be written', async () => {
    mkdirSync(workDir, { recursive: true });
    writeFileSync(cache.dir, 'not a folder');
    expect(await counted(request)).toEqual({ svg: expected, drawn: 1 });
    expect(await counted(request)).toEqual({ svg: expected, drawn: 1 });
  });
});
