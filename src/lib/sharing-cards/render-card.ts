import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardFonts, extendedFonts } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, type SharingCard } from './layout.ts';
import type { CardPalette } from './palette.ts';

/**
 * The PNG a page is shared with. Satori shapes the text with the card's own
 * fonts and draws it as paths, and resvg loads no system font, so the same
 * card gives the same bytes on every machine. `palette`: the site's is
 * src/lib/astro/palettes.ts's `cardPalette`.
 */
export async function renderSharingCard(card: SharingCard, palette: CardPalette): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(cardLayout(card, palette), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await cardFonts(),
    loadAdditionalAsset: () => extendedFonts(),
  });
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  // Bytes on an ArrayBuffer of their own, as a Response body takes them (a Buffer's type allows shared memory).
  return new Uint8Array(png);
}
