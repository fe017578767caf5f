import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { cardFonts, extendedFonts } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardElement } from './layout.ts';

/*
 * A card is a flat band with text in three colours, whose edges blend into
 * the band: sixteen colours draw it as well as millions do, in a third of the
 * bytes (about 14 KB instead of 42 KB). No dithering: it would speckle the
 * flat band and cost bytes. The quickest quantizing (effort 1) and zlib's
 * usual level: level 9 saves 2 % of the bytes for a third more time.
 */
const PNG_OPTIONS = { palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 6 } as const;

/**
 * Draws a laid-out card as an indexed (palette) PNG. Satori shapes the text
 * with the card's own fonts and draws it as paths, resvg loads no system
 * font, and sharp's quantizer (libimagequant) picks the same colours from the
 * same pixels, so the same card gives the same bytes on every machine.
 *
 * Loaded both by the build (bundled) and by card-worker.ts (by Node.js
 * itself): it imports nothing that only Vite can load.
 */
export async function drawCard(layout: CardElement): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(layout as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await cardFonts(),
    loadAdditionalAsset: () => extendedFonts(),
  });
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png(PNG_OPTIONS)
    .toBuffer();
  // Bytes on an ArrayBuffer of their own, as a Response body takes them (a Buffer's type allows shared memory).
  return new Uint8Array(png);
}
