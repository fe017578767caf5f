import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales.ts';
import { corridorSchema, type Corridor } from '../../src/lib/content/corridor-schema.ts';
import { corridorMapTexts, describeCorridor } from '../../src/lib/map/description.ts';
import { drawCorridorMap } from '../../src/lib/map/draw.ts';
import { layoutSpecs, MIN_TEXT_PX } from '../../src/lib/map/layouts.ts';
import { mapLayouts, type MapLayout } from '../../src/lib/routing/map-urls.ts';
import { readMapPalette } from '../../src/lib/map/palette.ts';
import { mainProjection } from '../../src/lib/map/projection.ts';
import { allCorridorMapUrls, corridorMapUrls } from '../../src/lib/routing/map-urls.ts';

const globalCss = readFileSync('src/styles/global.css', 'utf8');

/** The real content's map data, read as the `file()` loader reads it. */
function corridorOf(file = 'content/map/corridor.yaml'): Corridor {
  return corridorSchema.parse(parse(readFileSync(file, 'utf8')));
}

/** The real content's partners, as content/partners.yaml names them. */
const partners = (parse(readFileSync('content/partners.yaml', 'utf8')) as { id: string; name: Record<'fr' | 'en', string> }[]).map(
  ({ id, name }) => ({ id, name }),
);

function draw(layout: MapLayout, lang: 'fr' | 'en', corridor = corridorOf()): string {
  const texts = corridorMapTexts(corridor, lang, partners);
  return drawCorridorMap({ corridor, lang, layout, palette: readMapPalette(globalCss), texts });
}

interface DrawnText {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Every `<text>` of an SVG with the box its letters cover, estimated on its
 * own terms: 0.6 em per character (wider than the system fonts' average),
 * from 1 em above the baseline to 0.25 em below.
 */
function drawnTexts(svg: string): DrawnText[] {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attributes, content]) => {
    const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes!)?.[1];
    const [x, y, size] = ['x', 'y', 'font-size'].map((name) => Number(attribute(name)));
    const width = content!.length * size! * 0.6;
    const anchor = attribute('text-anchor') ?? 'start';
    const left = anchor === 'start' ? x! : anchor === 'end' ? x! - width : x! - width / 2;
    return { text: content!, left, top: y! - size!, right: left + width, bottom: y! + size! * 0.25 };
  });
}

function overlaps(a: DrawnText, b: DrawnText): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('corridor map data', () => {
  test('the real content and the fixture content both pass the schema', () => {
    expect(corridorOf().route).toEqual(['montreal', 'le-havre', 'rouen', 'paris']);
    expect(corridorOf('tests/fixtures/content/map/corridor.yaml').places).toHaveLength(4);
  });

  // The content check words these problems for editors (tests/build/editor-errors.test.ts).
  test('a longitude off the globe is refused, at the place', () => {
    const data = parse(readFileSync('content/map/corridor.yaml', 'utf8'));
    data.places[0].longitude = 273.57;
    const result = corridorSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['places', 0, 'longitude'], message: 'map-longitude' })]);
  });

  test('a route or an inset through a place that does not exist is refused, at the place named', () => {
    const data = parse(readFileSync('content/map/corridor.yaml', 'utf8'));
    data.route = ['montreal', 'anvers'];
    data.inset.places = ['rouen', 'bruges'];
    const issues = corridorSchema.safeParse(data).error?.issues ?? [];
    expect(issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ['route', 1], message: 'map-unknown-place' },
      { path: ['inset', 'places', 1], message: 'map-unknown-place' },
    ]);
  });

  test('two places with the same id are refused, at the second', () => {
    const data = parse(readFileSync('content/map/corridor.yaml', 'utf8'));
    data.places.push({ ...data.places[1], name: { fr: 'Havre', en: 'Havre' } });
    const issues = corridorSchema.safeParse(data).error?.issues ?? [];
    expect(issues).toEqual([expect.objectContaining({ path: ['places', 4, 'id'], message: 'data-id-taken' })]);
  });

  test('a place without its name in every language is refused', () => {
    const data = parse(readFileSync('content/map/corridor.yaml', 'utf8'));
    data.places[1].name = { fr: 'Le Havre' };
    expect(corridorSchema.safeParse(data).error?.issues).toEqual([
      expect.objectContaining({ path: ['places', 1, 'name', 'en'], message: 'text-language-missing' }),
    ]);
  });
});

describe('corridor map drawing', () => {
  test('Montréal lies west of Le Havre, and Le Havre west of Paris', () => {
    const corridor = corridorOf();
    const places = Object.fromEntries(corridor.places.map((place) => [place.id, place]));
    const route = corridor.route.map((id): [number, number] => [places[id]!.longitude, places[id]!.latitude]);
    const project = mainProjection(corridor.places, route, layoutSpecs.wide.main);
    const x = (id: string) => project([places[id]!.longitude, places[id]!.latitude])![0];
    expect(x('montreal')).toBeLessThan(x('le-havre'));
    expect(x('le-havre')).toBeLessThan(x('paris'));
  });

  for (const layout of mapLayouts) {
    for (const lang of locales) {
      test(`${layout}, ${lang}: no two texts overlap, and all are inside the drawing`, () => {
        const svg = draw(layout, lang);
        const texts = drawnTexts(svg);
        const { width, height } = layoutSpecs[layout];
        expect(texts.map((text) => text.text)).toEqual(expect.arrayContaining(['Montréal', 'Le Havre', 'Rouen', 'Paris']));
        for (const [index, text] of texts.entries()) {
          expect(text.left >= 0 && text.top >= 0 && text.right <= width && text.bottom <= height, `${text.text} is inside`).toBe(true);
          for (const other of texts.slice(index + 1)) {
            expect(overlaps(text, other), `"${text.text}" and "${other.text}" overlap`).toBe(false);
          }
        }
      });
    }
  }

  test('every text shows at 12 px or more at the narrowest width its drawing is displayed', () => {
    for (const layout of mapLayouts) {
      const { width, minDisplayWidth } = layoutSpecs[layout];
      const svg = draw(layout, 'fr');
      const sizes = [...svg.matchAll(/<text [^>]*font-size="([\d.]+)"/g)].map((match) => Number(match[1]));
      expect(sizes).toHaveLength(drawnTexts(svg).length);
      for (const size of sizes) expect((size * minDisplayWidth) / width).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    }
  });

  test('the words are in the requested language', () => {
    expect(draw('wide', 'fr')).toMatch(/<svg [^>]*lang="fr"[\s\S]*>Océan Atlantique<\/text>[\s\S]*>Axe Seine<\/text>/);
    expect(draw('wide', 'en')).toMatch(/<svg [^>]*lang="en"[\s\S]*>Atlantic Ocean<\/text>[\s\S]*>Seine axis<\/text>/);
    expect(draw('narrow', 'en')).toContain('<title>Map of the North Atlantic: the maritime route Montréal – Le Havre – Rouen – Paris.');
  });

  test('the same data gives the same bytes', () => {
    for (const layout of mapLayouts) expect(draw(layout, 'fr', corridorOf())).toBe(draw(layout, 'fr', corridorOf()));
  });

  test('each drawing weighs at most 15 KB gzipped', () => {
    for (const layout of mapLayouts) {
      for (const lang of locales) {
        const gzipped = gzipSync(draw(layout, lang)).length;
        console.log(`corridor map, ${layout}, ${lang}: ${gzipped} B gzipped`);
        expect(gzipped).toBeLessThanOrEqual(15 * 1024);
      }
    }
  });

  test('every colour comes from global.css, with a dark set for screens only', () => {
    const svg = draw('wide', 'fr');
    const colours = [...new Set(svg.match(/#[0-9a-f]{3,8}\b/gi))];
    expect(colours.length).toBeGreaterThanOrEqual(10);
    for (const colour of colours) expect(globalCss, colour).toContain(colour);
    expect(svg).toContain('@media screen and (prefers-color-scheme:dark){svg{--sea:');
  });

  test('places too close to tell apart, or a name with no room, stop the build with a content problem naming them', () => {
    const corridor = corridorOf();
    const montreal = corridor.places[0]!;
    const withPlace = (place: Corridor['places'][number]): Corridor => ({ ...corridor, places: [...corridor.places, place] });
    const near = withPlace({ ...montreal, id: 'near', name: { fr: 'Tout près', en: 'Close by' }, longitude: -73.4 });
    expect(() => draw('narrow', 'fr', near)).toThrow(
      expect.objectContaining({ code: 'map-places-too-close', params: { one: 'Montréal', other: 'Tout près' } }),
    );
    const longName = 'Un nom bien trop long pour tenir en une ligne sur la carte';
    const long = withPlace({ ...montreal, id: 'far', name: { fr: longName, en: longName }, longitude: -50, latitude: 40 });
    expect(() => draw('narrow', 'fr', long)).toThrow(expect.objectContaining({ code: 'map-label-no-room', params: { label: longName } }));
  });
});

describe('the colours of the map', () => {
  test('are read by role from the stylesheet, dark mode overriding light', () => {
    const palette = readMapPalette(globalCss);
    expect(Object.keys(palette.light)).toEqual(['sea', 'land', 'coast', 'accent', 'ink', 'page']);
    expect(palette.light.ink).toBe('#13202c');
    expect(palette.dark.ink).toBe('#e6ebf0');
    expect(palette.dark.sea).not.toBe(palette.light.sea);
  });

  test('a missing role is named', () => {
    expect(() => readMapPalette(globalCss.replace(/--color-sea:[^;]*;/g, ''))).toThrow('global.css has no --color-sea: the map needs it.');
  });
});

describe('the map in words', () => {
  test('lists the route and each partner’s places in the reader’s language', () => {
    expect(describeCorridor(corridorOf(), 'fr', partners)).toMatchObject({
      route: ['Montréal', 'Le Havre', 'Rouen', 'Paris'],
      partners: [
        { name: 'Port de Montréal', places: 'Montréal' },
        { name: 'HAROPA PORT', places: 'Le Havre, Rouen et Paris' },
      ],
    });
    expect(describeCorridor(corridorOf(), 'en', partners).partners[0]).toEqual({ name: 'Port of Montréal', places: 'Montréal' });
  });
});

describe('the map files', () => {
  test('are named in each language, under the base path', () => {
    expect(corridorMapUrls('fr', '/partenariat/')).toEqual({
      wide: '/partenariat/fr/carte-du-corridor-paysage.svg',
      narrow: '/partenariat/fr/carte-du-corridor-portrait.svg',
    });
    expect(allCorridorMapUrls('/')).toEqual([
      '/fr/carte-du-corridor-paysage.svg',
      '/fr/carte-du-corridor-portrait.svg',
      '/en/corridor-map-landscape.svg',
      '/en/corridor-map-portrait.svg',
    ]);
  });
});
