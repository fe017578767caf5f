import { readFileSync } from 'node:fs';
import { getEntry } from 'astro:content';
import { parseDocument } from 'yaml';
import type { Locale } from '../../i18n/locales.ts';
import globalCss from '../../styles/global.css?raw';
import { loadPartners } from '../content/collections.ts';
import { ContentError } from '../content/content-error.ts';
import type { Corridor } from './corridor-schema.ts';
import { corridorMapTexts } from './description.ts';
import { drawCorridorMap } from './draw.ts';
import { MapSpaceError } from './map-space-error.ts';
import type { MapLayout } from './layouts.ts';
import { readMapPalette } from './palette.ts';
import { siteSettings } from '../settings.ts';

/*
 * The corridor map for the build: its data from the `map` collection, its
 * colours from the site's stylesheet, its words from the UI strings.
 */

/**
 * The corridor map's data, as the schema checked it, with each place's
 * partner known to content/partners.yaml.
 *
 * @throws {ContentError} when the file is missing or is not valid YAML (Astro
 * only logs that, and the map would silently disappear), or names a partner
 * that partners.yaml does not have.
 */
export async function loadCorridor(): Promise<Corridor> {
  const entry = await getEntry('map', 'corridor');
  const file = corridorFile();
  if (!entry) throw new ContentError([{ file, ...unreadable(file) }]);
  const known = new Set((await loadPartners()).map((partner) => partner.id));
  const strangers = entry.data.places.filter((place) => !known.has(place.partner));
  if (strangers.length > 0) {
    throw new ContentError(
      strangers.map((place) => ({
        file,
        field: 'partner',
        message: `The place "${place.id}" names the partner "${place.partner}", which ${siteSettings(process.env).contentDir}/partners.yaml does not have: use one of ${[...known].join(', ')}.`,
      })),
    );
  }
  return entry.data;
}

/** Why the map's file could not be read, for its editors. */
function unreadable(file: string): { message: string; line?: number | undefined } {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return { message: 'The corridor map needs this file: restore it (see the editing guide).' };
  }
  const error = parseDocument(source).errors[0];
  const line = error?.linePos?.[0]?.line;
  return { message: 'The file is not valid YAML: check the indentation, and the ":" after each field name.', line };
}

/**
 * One drawing of the map, in `lang`, as an SVG document.
 *
 * @throws {ContentError} when the data asks for more than the map has room for.
 */
export async function corridorMapSvg(lang: Locale, layout: MapLayout): Promise<string> {
  const [corridor, partners] = await Promise.all([loadCorridor(), loadPartners()]);
  try {
    const texts = corridorMapTexts(corridor, lang, partners);
    return drawCorridorMap({ corridor, lang, layout, palette: readMapPalette(globalCss), texts });
  } catch (error) {
    if (!(error instanceof MapSpaceError)) throw error;
    throw new ContentError([{ file: corridorFile(), message: error.message }]);
  }
}

function corridorFile(): string {
  return `${siteSettings(process.env).contentDir}/map/corridor.yaml`;
}
