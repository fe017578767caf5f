import { locales, type Locale } from '../../i18n/locales.ts';

/*
 * Where the map's files are published: one per language and drawing, next to
 * that language's pages, named in its words, e.g. /fr/carte-du-corridor-paysage.svg
 * and /en/corridor-map-landscape.svg (landscape for wide screens, portrait for
 * phones), so that a reader who saves the image gets a name they can read.
 */

/** The drawings of the map, one file each (their sizes: map/layouts.ts). */
export const mapLayouts = ['wide', 'narrow'] as const;

export type MapLayout = (typeof mapLayouts)[number];

const fileNames: Record<Locale, Record<MapLayout, string>> = {
  fr: { wide: 'carte-du-corridor-paysage', narrow: 'carte-du-corridor-portrait' },
  en: { wide: 'corridor-map-landscape', narrow: 'corridor-map-portrait' },
};

/** The file name of a drawing of the map, without its `.svg`. */
export function corridorMapFileName(lang: Locale, layout: MapLayout): string {
  return fileNames[lang][layout];
}

/** The URLs of the map's drawings for readers of `lang`, with the base path (`/` or e.g. `/partenariat/`). */
export function corridorMapUrls(lang: Locale, base: string): Record<MapLayout, string> {
  const url = (layout: MapLayout) => `${base}${lang}/${corridorMapFileName(lang, layout)}.svg`;
  return Object.fromEntries(mapLayouts.map((layout) => [layout, url(layout)])) as Record<MapLayout, string>;
}

/** Every map file the build publishes, by URL. */
export function allCorridorMapUrls(base: string): string[] {
  return locales.flatMap((lang) => mapLayouts.map((layout) => corridorMapUrls(lang, base)[layout]));
}
