import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Blob, Buffer as ShapingBuffer, Face, Font, shape } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { iconFontFor } from '../../src/integrations/web-editor/icon-font.ts';

/*
 * The web editor's icon font, cut to the icons its code names
 * (src/integrations/web-editor/icon-font.ts), read back with HarfBuzz: the
 * icons named are still drawn by ligature, the others are gone.
 */
const require = createRequire(import.meta.url);
const woff2 = require('wawoff2') as { decompress(font: Uint8Array): Promise<Uint8Array> };
const FULL_FONT = readFileSync(
  require.resolve('@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2'),
);

/** How many glyphs `font` draws `text` with: one for an icon's name. */
async function glyphsOf(font: Uint8Array, text: string): Promise<number> {
  const shaper = new Font(new Face(new Blob(await woff2.decompress(font))));
  const buffer = new ShapingBuffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  shape(shaper, buffer);
  return buffer.getGlyphInfos().length;
}

describe('the icon font cut to the icons the code names', () => {
  const code = [
    "icon: 'image', label: `arrow_back`",
    '<span class="material-symbols-outlined">favorite</span>',
    "title: 'not_an_icon_name'",
  ];

  it('keeps the icons named in literals and in elements’ text, and only those', async () => {
    const { font, icons } = await iconFontFor(FULL_FONT, code);
    expect(icons).toEqual(['arrow_back', 'favorite', 'image']);
    for (const icon of icons) expect(await glyphsOf(font, icon), icon).toBe(1);
    expect(await glyphsOf(FULL_FONT, 'rocket_launch')).toBe(1);
    expect(await glyphsOf(font, 'rocket_launch')).toBeGreaterThan(1);
    expect(font.byteLength).toBeLessThan(FULL_FONT.byteLength / 50);
  });
});
