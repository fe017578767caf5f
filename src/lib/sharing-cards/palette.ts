import { stylesheetColours } from '../stylesheet-colours.ts';

/** The colours of a sharing card, by role, as the site's stylesheet names them. */
export interface CardPalette {
  /** `--color-band`: the identity's deep harbour blue. */
  background: string;
  /** `--color-on-band`: text on the band. */
  text: string;
  /** `--color-accent-on-band`: the route emblem and the thin rule under the lockup. */
  accent: string;
}

/**
 * The card's colours, read from the `@theme` block of a stylesheet (the
 * light scheme: a shared image has no colour scheme), so a retuned palette
 * reaches the cards with the next build.
 *
 * @throws {Error} when the block or one of the colours is missing.
 */
export function readPalette(css: string): CardPalette {
  const theme = stylesheetColours(css).light;
  if (theme === undefined) throw new Error('The stylesheet has no @theme block to take the sharing card colours from.');
  const colour = (role: string) => {
    const value = theme[role];
    if (!value) throw new Error(`The @theme block has no --color-${role}, which sharing cards need.`);
    return value;
  };
  return { background: colour('band'), text: colour('on-band'), accent: colour('accent-on-band') };
}
