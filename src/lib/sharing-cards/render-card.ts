import { drawCard } from './draw-card.ts';
import { cardLayout, type SharingCard } from './layout.ts';
import { themePalette } from './palette.ts';

/** The PNG a page is shared with, drawn here and now (the preview, one card at a time; the build uses card-batch.ts). */
export function renderSharingCard(card: SharingCard): Promise<Uint8Array<ArrayBuffer>> {
  return drawCard(cardLayout(card, themePalette));
}
