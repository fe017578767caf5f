import type { Locale } from '../../i18n/locales.ts';
import type { SiteData } from './collections.ts';
import { ContentError } from '../content/content-error.ts';
import type { Corridor } from '../content/corridor-schema.ts';
import { corridorMapTexts } from '../map/description.ts';
import { corridorMapDrawing } from '../map/map-cache.ts';
import { MapSpaceError } from '../map/map-space-error.ts';
import type { MapLayout } from '../routing/map-urls.ts';
import { siteSettings } from '../settings.ts';
import { mapCache } from './map-cache.ts';
import { mapPalette } from './palettes.ts';
import { dataFilePath } from '../content/data-file-names.ts';

/*
 * The corridor map for the build: its data from the data files (as
 * `Astro.locals` carries them), its colours from the site's stylesheet, its
 * words from the UI strings.
 */

/**
 * The corridor map's data, as the schema checked it. The content check has
 * already reported any mistake in it, or a place whose partner
 * content/partners.yaml does not have, before the build began.
 *
 * @throws {ContentError} when the file is missing (Astro only logs that, and
 * the map would silently disappear).
 */
export function corridorOf(data: Pick<SiteData, 'corridor'>): Corridor {
  if (!data.corridor) throw new ContentError([{ file: corridorFile(), code: 'map-file-missing' }]);
  return data.corridor;
}

/**
 * One drawing of the map, in `lang`, as an SVG document (kept between builds in Astro's cache folder).
 *
 * @throws {ContentError} when the data asks for more than the map has room for.
 */
export async function corridorMapSvg(lang: Locale, layout: MapLayout, data: Pick<SiteData, 'corridor' | 'partners'>): Promise<string> {
  const corridor = corridorOf(data);
  try {
    const texts = corridorMapTexts(corridor, lang, data.partners);
    // Kept from an earlier build when nothing it depends on changed (src/integrations/map-cache.ts).
    return await corridorMapDrawing({ corridor, lang, layout, palette: mapPalette, texts }, mapCache);
  } catch (error) {
    if (!(error instanceof MapSpaceError)) throw error;
    throw new ContentError([{ file: corridorFile(), code: error.code, params: error.params }]);
  }
}

function corridorFile(): string {
  return dataFilePath(siteSettings(process.env).contentDir, 'corridor');
}
