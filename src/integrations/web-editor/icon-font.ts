import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Blob, Buffer as ShapingBuffer, Face, Font, shape } from 'harfbuzzjs';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
/** Google's WOFF2 coder, compiled to WebAssembly (no types of its own). */
const woff2 = require('wawoff2') as { compress(font: Uint8Array): Promise<Uint8Array>; decompress(font: Uint8Array): Promise<Uint8Array> };

/**
 * A word that may name an icon: Material Symbols draws an icon from its name
 * written as text (`arrow_back`), through a ligature of the font. The code
 * names icons in literals (`icon: 'image'`, `` `arrow_back` ``) and in the
 * text of its elements' templates (`<span class="material-symbols-outlined">favorite</span>`).
 */
const WORD_IN_CODE = /(?<=["'`>]\s*)[a-z0-9_]{2,}(?=\s*["'`<])/g;

/** The icon font's files in the built app: Sveltia CMS's own copy (`assets/…`) and the one served for its CDN address (self-hosted-fonts.ts). */
const ICON_FONT_FILE = /(^|\/)material-symbols-outlined[^/]*\.woff2$/;

/**
 * Cuts every copy of the icon font in the built app to the icons the app's
 * code names (iconFontFor). Sveltia CMS's own copy, which it loads, gets a
 * new name made from its content, which the code is changed to ask for: a
 * browser that kept an older cut asks for the new one. The copy served for
 * the font's CDN address (self-hosted-fonts.ts) keeps its fixed name.
 */
export function iconFont(): Plugin {
  return {
    name: 'icon-font',
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const code = chunks.map((chunk) => chunk.code);
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset' || !ICON_FONT_FILE.test(asset.fileName)) continue;
        const { font } = await iconFontFor(asset.source as Uint8Array, code);
        if (asset.originalFileNames.length === 0) {
          asset.source = font;
          continue;
        }
        const hash = createHash('sha256').update(font).digest('hex').slice(0, 10);
        const fileName = join(dirname(asset.fileName), `material-symbols-outlined-icons-${hash}.woff2`);
        for (const chunk of chunks) chunk.code = chunk.code.replaceAll(basename(asset.fileName), basename(fileName));
        delete bundle[asset.fileName];
        this.emitFile({ type: 'asset', fileName, source: font });
      }
    },
  };
}

/** What HarfBuzz's subsetter is told (hb-subset.h). */
const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

/**
 * The Material Symbols font cut to the icons the bundled `code` names: the
 * whole font holds every icon (736 KB of the editor's 1,446 KB first load),
 * and a subset by characters keeps them all, every name being made of a–z,
 * 0–9 and _. So the icons are found by shaping each quoted word of the code
 * with the font (a word that becomes one glyph is an icon's name), and the
 * font is cut to those glyphs and the letters of their names, its ligature
 * table pruned to them. A word that is not an icon's name costs nothing; an
 * icon drawn from a name built at run time would show as text, which
 * tests/e2e/admin-icons.spec.ts looks for on the editor's screens.
 */
export async function iconFontFor(woff2Font: Uint8Array, code: string[]): Promise<{ font: Uint8Array; icons: string[] }> {
  const font = await woff2.decompress(woff2Font);
  const icons = iconGlyphs(font, new Set(code.flatMap((text) => text.match(WORD_IN_CODE) ?? [])));
  const letters = new Set([...icons.keys()].join(''));
  return { font: await woff2.compress(await subset(font, [...letters], [...icons.values()])), icons: [...icons.keys()].sort() };
}

/** The glyph of each word the font draws as one icon. */
function iconGlyphs(font: Uint8Array, words: Set<string>): Map<string, number> {
  const shaper = new Font(new Face(new Blob(font)));
  const icons = new Map<string, number>();
  for (const word of words) {
    const buffer = new ShapingBuffer();
    buffer.addText(word);
    buffer.guessSegmentProperties();
    shape(shaper, buffer);
    const glyphs = buffer.getGlyphInfos();
    if (glyphs.length === 1) icons.set(word, glyphs[0]!.codepoint);
  }
  return icons;
}

interface Subsetter {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_length(blob: number): number;
  hb_blob_get_data(blob: number, length: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

/**
 * `font` with only `glyphs` and the glyphs of `characters`, through HarfBuzz's
 * subsetter (the one harfbuzzjs ships), without its layout closure: the
 * ligatures kept are those whose letters and icon are both kept. Every
 * layout feature and the weight axis are kept.
 */
async function subset(font: Uint8Array, characters: string[], glyphs: number[]): Promise<Uint8Array> {
  const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const hb = (await WebAssembly.instantiate(wasm)).instance.exports as unknown as Subsetter;
  hb._initialize();
  const input = hb.hb_subset_input_create_or_fail();
  const fontData = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, fontData);
  const blob = hb.hb_blob_create(fontData, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
  hb.hb_set_clear(features);
  hb.hb_set_invert(features);
  hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
  for (const character of characters) hb.hb_set_add(hb.hb_subset_input_unicode_set(input), character.codePointAt(0)!);
  for (const glyph of glyphs) hb.hb_set_add(hb.hb_subset_input_glyph_set(input), glyph);
  const subsetFace = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  hb.hb_face_destroy(face);
  hb.free(fontData);
  if (subsetFace === 0) throw new Error('HarfBuzz could not cut the icon font (src/integrations/web-editor/icon-font.ts).');
  const result = hb.hb_face_reference_blob(subsetFace);
  const data = hb.hb_blob_get_data(result, 0);
  const bytes = new Uint8Array(hb.memory.buffer, data, hb.hb_blob_get_length(result)).slice();
  hb.hb_blob_destroy(result);
  hb.hb_face_destroy(subsetFace);
  return bytes;
}
