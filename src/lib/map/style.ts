import { mapColourRoles, type MapColours, type MapPalette } from './palette.ts';

/*
 * The map's stylesheet, embedded in the SVG. Colours are variables set once
 * per scheme: an SVG shown by `<img>` follows the reader's light or dark
 * setting through its own media query. Like the site's, dark mode is for
 * screens only, so a printed page gets the light map on white paper.
 */

/** Class names used by the drawing, short because each is written many times. */
export const classes = {
  sea: 's',
  land: 'l',
  route: 'r',
  casing: 'c',
  marker: 'm',
  frame: 'f',
  header: 'b',
  leader: 'k',
  label: 't',
  title: 'h',
  ocean: 'o',
} as const;

function variables(colours: MapColours): string {
  return mapColourRoles.map((role) => `--${role}:${colours[role]}`).join(';');
}

/** The CSS of the map, for both colour schemes. */
export function mapStyle(palette: MapPalette): string {
  const c = classes;
  return [
    `svg{${variables(palette.light)}}`,
    `@media screen and (prefers-color-scheme:dark){svg{${variables(palette.dark)}}}`,
    `.${c.sea}{fill:var(--sea)}`,
    `.${c.land}{fill:var(--land);stroke:var(--coast);stroke-width:.75;stroke-linejoin:round}`,
    `.${c.route},.${c.casing}{fill:none;stroke:var(--accent);stroke-width:3;stroke-linecap:round;stroke-linejoin:round}`,
    `.${c.casing}{stroke:var(--page);stroke-width:6;stroke-opacity:.7}`,
    `.${c.marker}{fill:var(--accent);stroke:var(--page);stroke-width:2}`,
    `.${c.frame}{fill:none;stroke:var(--ink);stroke-width:1.5}`,
    `.${c.header}{fill:var(--page);stroke:var(--ink)}`,
    `.${c.leader}{fill:none;stroke:var(--ink);stroke-width:1;stroke-dasharray:3 3}`,
    `text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;fill:var(--ink);stroke:var(--page);stroke-width:3px;stroke-linejoin:round;paint-order:stroke}`,
    `.${c.label},.${c.title}{font-weight:600}`,
    `.${c.ocean}{font-style:italic;letter-spacing:.08em;stroke:none}`,
  ].join('');
}
