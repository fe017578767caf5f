import { stylesheetColours } from '../stylesheet-colours.ts';

/*
 * The map's colours, read by role from the site's stylesheet
 * (src/styles/global.css), the one place colours are chosen: its `@theme`
 * block for light, its dark-mode `:root` block for dark. A map drawn as an
 * image cannot see the page's CSS variables, so it carries their values.
 */

/** The colour roles the map uses, each a `--color-<role>` of the stylesheet. */
export const mapColourRoles = ['sea', 'land', 'coast', 'accent', 'ink', 'page'] as const;

export type MapColourRole = (typeof mapColourRoles)[number];

export type MapColours = Record<MapColourRole, string>;

/** The map's colours in each colour scheme. */
export interface MapPalette {
  light: MapColours;
  dark: MapColours;
}

/**
 * Reads the map's colours from the text of the site's stylesheet.
 *
 * @throws {Error} when a role is missing from the light colours, or a value
 * is not a colour an image can use on its own (a `var()`).
 */
export function readMapPalette(css: string): MapPalette {
  const { light = {}, dark } = stylesheetColours(css);
  const colours = (scheme: Record<string, string>, fallback?: MapColours) =>
    Object.fromEntries(
      mapColourRoles.map((role) => {
        const value = scheme[role] ?? fallback?.[role];
        if (value === undefined) throw new Error(`global.css has no --color-${role}: the map needs it.`);
        if (/var\(/.test(value)) throw new Error(`--color-${role} must be a colour value, not ${value}: the map is an image.`);
        return [role, value];
      }),
    ) as MapColours;
  const lightColours = colours(light);
  return { light: lightColours, dark: colours(dark, lightColours) };
}
