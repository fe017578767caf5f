import { useTranslations } from '../../i18n/index.ts';
import { intlTag, type Locale } from '../../i18n/locales.ts';
import type { LocalizedText } from '../content/localized-text.ts';
import type { Corridor } from '../content/corridor-schema.ts';
import type { MapTexts } from './draw.ts';

/*
 * The map in words, for readers who do not see it: its alternative text and
 * the text equivalent shown beside it. Built from the same data as the
 * drawing, so the two always agree.
 */

/** The map's places in words, in one language. */
export interface CorridorDescription {
  /** What the map shows, for the image's `alt` and the SVG's `<title>`. */
  alt: string;
  /** The route's stops, in order. */
  route: string[];
  /** Each partner with the names of its places, partners in the agreement's order. */
  partners: { name: string; places: string }[];
}

/** What the map needs to know of a partner of the agreement (content/partners.yaml). */
export interface MapPartner {
  id: string;
  name: LocalizedText;
}

/** The map in words for readers of `lang`, partners in the agreement's order. */
export function describeCorridor(corridor: Corridor, lang: Locale, partners: readonly MapPartner[]): CorridorDescription {
  const t = useTranslations(lang);
  const nameOf = (id: string) => corridor.places.find((place) => place.id === id)?.name[lang] ?? id;
  const route = corridor.route.map(nameOf);
  const list = new Intl.ListFormat(intlTag(lang), { type: 'conjunction' });
  const placesOf = (partner: MapPartner) =>
    corridor.places.filter((place) => place.partner === partner.id).map((place) => place.name[lang]);
  return {
    alt: t('map.alt', { route: route.join(' – '), inset: corridor.inset.name[lang] }),
    route,
    partners: partners
      .filter((partner) => placesOf(partner).length > 0)
      .map((partner) => ({ name: partner.name[lang], places: list.format(placesOf(partner)) })),
  };
}

/** The words drawn on the map, or carried by it, in `lang`. */
export function corridorMapTexts(corridor: Corridor, lang: Locale, partners: readonly MapPartner[]): MapTexts {
  return { title: describeCorridor(corridor, lang, partners).alt, ocean: useTranslations(lang)('map.ocean') };
}
