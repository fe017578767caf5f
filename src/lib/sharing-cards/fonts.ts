import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Font } from 'satori';

/** The family every card is set in; `cardFonts` gives it to satori. */
export const CARD_FONT_FAMILY = 'Source Sans 3';

/** The weights the card uses: tagline and marker, lockup, title. */
const WEIGHTS = [400, 600, 700] as const;

const require = createRequire(import.meta.url);

let latin: Promise<Font[]> | undefined;
let latinExtended: Promise<Font[]> | undefined;

/**
 * The card's fonts, read from node_modules once per build and shared by every
 * card. Satori reads .woff (not .woff2) and shapes the text itself, so the
 * picture never depends on the fonts of the machine that builds it. Latin
 * covers French and English.
 */
export function cardFonts(): Promise<Font[]> {
  latin ??= loadSubset('latin');
  return latin;
}

/**
 * Latin Extended, for a name an editor may write in a title (Łódź, Ålesund):
 * satori asks for it only when a character is missing from Latin, so most
 * builds never parse it.
 */
export function extendedFonts(): Promise<Font[]> {
  latinExtended ??= loadSubset('latin-ext');
  return latinExtended;
}

/*
 * Each subset is a family of its own: satori keeps one font per family and
 * weight, and looks in the other families for a character the first lacks.
 */
function loadSubset(subset: 'latin' | 'latin-ext'): Promise<Font[]> {
  const name = subset === 'latin' ? CARD_FONT_FAMILY : `${CARD_FONT_FAMILY} ${subset}`;
  return Promise.all(
    WEIGHTS.map(async (weight) => {
      const file = require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`);
      return { name, data: await readFile(file), weight, style: 'normal' as const };
    }),
  );
}
