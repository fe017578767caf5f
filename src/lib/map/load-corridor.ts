import { readFileSync } from 'node:fs';
import { getEntry } from 'astro:content';
import { parseDocument } from 'yaml';
import type { Locale } from '../../i18n/locales.ts';
import globalCss from '../../styles/global.css?raw';
import { loadPartners } from '../content/collections.ts';
import { ContentError, type ContentProblem } from '../content/content-error.ts';
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
    const partnersFile = `${siteSettings(process.env).contentDir}/partners.yaml`;
    throw new ContentError(
      strangers.map((place) => ({
        file,
        field: 'partner',
        code: 'map-unknown-partner' as const,
        params: { place: place.id, partner: place.partner, file: partnersFile, partners: [...known] },
      })),
    );
  }
  return entry.data;
}

/** Why the map's file could not be read, for its editors. */
function unreadable(file: string): Pick<ContentProblem, 'code' | 'line'> {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return { code: 'map-file-missing' };
  }
  const error = parseDocument(source).errors[0];
  return { code: 'map-yaml-invalid', line: error?.linePos?.[0]?.line };
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
    throw new ContentError([{ file: corridorFile(), code: error.code, params: error.params }]);
  }
}

function corridorFile(): string {
  return `${siteSettings(process.env).contentDir}/map/corridor.yaml`;
}
