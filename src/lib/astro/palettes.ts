/*
 * The colours the site's images carry, read once per build from the site's
 * own stylesheet. The stylesheet comes in as text through Vite (`?raw`),
 * which is why this sits with the Astro glue: the parsers themselves are pure.
 */
import globalCss from '../../styles/global.css?raw';
import { readMapPalette, type MapPalette } from '../map/palette.ts';
import { readPalette, type CardPalette } from '../sharing-cards/palette.ts';

/** The sharing cards' colours (the light scheme's). */
export const cardPalette: CardPalette = readPalette(globalCss);

/** The corridor map's colours, in both schemes. */
export const mapPalette: MapPalette = readMapPalette(globalCss);
