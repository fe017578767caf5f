/*
 * The map's two drawings: `wide` for screens from 48rem (768 px) up, `narrow`
 * for phones. Each is drawn for the smallest width it is shown at, so that
 * its text is never smaller than MIN_TEXT_PX on screen.
 */

import type { MapLayout } from '../routing/map-urls.ts';

/** A rectangle of the drawing, in SVG user units. */
export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One drawing: its size, where the whole corridor goes, where the zoomed inset goes. */
export interface LayoutSpec {
  width: number;
  height: number;
  /** The narrowest it is displayed (CSS px); text is sized for it. */
  minDisplayWidth: number;
  /** The North Atlantic. */
  main: Frame;
  /** The zoomed frame of the places too close together to label on the main map. */
  inset: Frame;
}

/** WCAG has no minimum, but map labels under 12 px are hard to read on a phone. */
export const MIN_TEXT_PX = 12;

/**
 * The viewport width from which the wide drawing replaces the narrow one.
 * Same as Tailwind's `md`, so a component can style both sides of it.
 */
export const WIDE_FROM = '48rem';

/**
 * The page's side padding each side (`.frame` in global.css: `px-4`, then
 * `sm:px-6` from 40rem), which the map's column loses from the viewport. The
 * map has the frame's whole width until the caption moves beside it (`xl`),
 * where it is wider than at 48rem still.
 */
const PHONE_PADDING = 16;
const TABLET_PADDING = 24;

export const layoutSpecs: Record<MapLayout, LayoutSpec> = {
  wide: {
    width: 960,
    height: 540,
    // 48rem = 768 px of viewport, less the page's padding.
    minDisplayWidth: 768 - 2 * TABLET_PADDING,
    main: { x: 0, y: 0, width: 960, height: 540 },
    // Over Iberia and Africa, off the corridor, just under the area it enlarges.
    inset: { x: 636, y: 340, width: 308, height: 184 },
  },
  narrow: {
    width: 360,
    height: 440,
    // The narrowest phone screens the site supports: 320 px, less the page's padding.
    minDisplayWidth: 320 - 2 * PHONE_PADDING,
    main: { x: 0, y: 0, width: 360, height: 262 },
    // Under the main map, across the whole width.
    inset: { x: 0, y: 262, width: 360, height: 178 },
  },
};

/** The font size (user units) that shows as at least MIN_TEXT_PX when the drawing is at its narrowest. */
export function labelFontSize(layout: LayoutSpec): number {
  return Math.ceil((MIN_TEXT_PX * layout.width) / layout.minDisplayWidth);
}
