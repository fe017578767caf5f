import { geoInterpolate, type GeoProjection } from 'd3-geo';
import type { LineString } from 'geojson';
import type { Locale } from '../../i18n/locales.ts';
import type { Corridor, Place } from '../content/corridor-schema.ts';
import { leaderLines, locatorBox, shrink } from './frames.ts';
import { projectShapes, round, type Detail, type Point } from './geometry.ts';
import { placeAreaLabel, placeLabels, textBox, type Box, type Label } from './labels.ts';
import { worldLand } from './land.ts';
import type { MapLayout } from '../routing/map-urls.ts';
import { labelFontSize, layoutSpecs, type Frame } from './layouts.ts';
import type { MapPalette } from './palette.ts';
import { MapSpaceError } from './map-space-error.ts';
import { pathData } from './path-data.ts';
import { insetProjection, lonLatOf, mainProjection, type LonLat } from './projection.ts';
import { classes, mapStyle } from './style.ts';
import { element, rect, svgDocument, text } from './svg.ts';

/** The words of the map that are not place names, in the map's language. */
export interface MapTexts {
  /** What the map shows, for its `<title>`. */
  title: string;
  /** The ocean's name, written across it. */
  ocean: string;
}

/** What to draw. */
export interface MapRequest {
  corridor: Corridor;
  lang: Locale;
  layout: MapLayout;
  palette: MapPalette;
  texts: MapTexts;
}

/** Coastlines: as close as whole units can follow them; islands under ~2.5 units across are left out. */
const LAND_DETAIL: Detail = { tolerance: 0.5, minArea: 6, decimals: 0 };
/** The route is a smooth curve: tenths of a unit keep it smooth. */
const ROUTE_DETAIL: Detail = { tolerance: 0.25, minArea: 0, decimals: 1 };

/** One frame of the map (the main map or the inset), projected. */
interface Panel {
  frame: Frame;
  projection: GeoProjection;
  places: Place[];
  land: Point[][];
  route: Point[][];
  markers: Point[];
}

/**
 * The corridor map as a standalone SVG document: the North Atlantic with the
 * route between the places, and an inset enlarging the places too close
 * together to name on the whole map. Same input, same bytes.
 *
 * @throws {MapSpaceError} when two places are too close to tell apart, or a name has no room.
 */
export function drawCorridorMap(request: MapRequest): string {
  const { corridor, lang, layout, palette, texts } = request;
  const spec = layoutSpecs[layout];
  const fontSize = labelFontSize(spec);
  const markerRadius = Math.round(fontSize * 0.3);
  const inInset = (place: Place) => corridor.inset.places.includes(place.id);
  const insetPlaces = corridor.places.filter(inInset);
  const route = corridor.route.map((id) => lonLatOf(placeById(corridor, id)));

  const header = insetHeader(corridor.inset.name[lang], spec.inset, fontSize);
  const insetMap = shrink(spec.inset, header.frame.height, 0, 0);
  const inner = shrink(insetMap, fontSize, fontSize * 3, fontSize);
  const mainPlaces = corridor.places.filter((place) => !inInset(place));
  const main = panel(route, spec.main, mainProjection(corridor.places, route, spec.main), mainPlaces);
  const inset = panel(route, insetMap, insetProjection(insetPlaces, insetMap, inner), insetPlaces);
  for (const drawn of [main, inset]) checkApart(drawn, markerRadius * 3, lang);
  const locator = locatorBox(inset.projection, insetMap, main.projection, markerRadius * 3);

  const markerBox = ([x, y]: Point): Box => ({
    x: x - markerRadius,
    y: y - markerRadius,
    width: 2 * markerRadius,
    height: 2 * markerRadius,
  });
  const gap = markerRadius + fontSize * 0.3;
  const requests = (from: Panel) =>
    from.places.map((place, index) => ({ text: place.name[lang], point: from.markers[index]!, fontSize, within: from.frame, gap }));
  const mainObstacles = [spec.inset, locator, ...main.markers.map(markerBox)];
  const ocean = placeAreaLabel(
    { text: texts.ocean, point: main.projection(geoInterpolate(route[0]!, route[1]!)(0.5))!, fontSize, within: spec.main },
    main.land,
    [...mainObstacles, ...main.route.flatMap(lineBoxes)],
  );
  const mainLabels = placeLabels(requests(main), [...mainObstacles, ocean.box], main.route);
  const insetLabels = placeLabels(requests(inset), inset.markers.map(markerBox), inset.route);

  const body = [
    ...panelDrawing(main, markerRadius),
    rect(locator, classes.frame),
    element('path', { class: classes.leader, d: pathData(leaderLines(locator, spec.inset), false) }),
    text(ocean, classes.ocean),
    ...mainLabels.map((label) => text(label, classes.label)),
    ...panelDrawing(inset, markerRadius),
    rect(header.frame, classes.header),
    text(header.title, classes.title),
    rect(spec.inset, classes.frame),
    ...insetLabels.map((label) => text(label, classes.label)),
  ];
  return svgDocument(spec, lang, texts.title, mapStyle(palette), body);
}

/** Land, route and markers of one frame, projected. */
function panel(route: LonLat[], frame: Frame, projection: GeoProjection, places: Place[]): Panel {
  const line: LineString = { type: 'LineString', coordinates: route };
  return {
    frame,
    projection,
    places,
    land: projectShapes(worldLand(), projection, LAND_DETAIL).rings,
    route: projectShapes(line, projection, ROUTE_DETAIL).lines,
    markers: places.map((place) => {
      const [x, y] = projection(lonLatOf(place))!;
      return [round(x, 0), round(y, 0)];
    }),
  };
}

/**
 * Markers closer than `distance` would read as one place, whatever their labels.
 *
 * @throws {MapSpaceError} naming the two places.
 */
function checkApart(panel: Panel, distance: number, lang: Locale): void {
  panel.markers.forEach(([x, y], index) => {
    panel.markers.slice(index + 1).forEach(([otherX, otherY], offset) => {
      if (Math.hypot(otherX - x, otherY - y) < distance) {
        const [one, other] = [panel.places[index]!, panel.places[index + 1 + offset]!].map((place) => place.name[lang]);
        throw new MapSpaceError('map-places-too-close', { one: one ?? '', other: other ?? '' });
      }
    });
  });
}

/** Sea, land, route and markers of one frame. */
function panelDrawing(panel: Panel, markerRadius: number): string[] {
  return [
    rect(panel.frame, classes.sea),
    element('path', { class: classes.land, d: pathData(panel.land, true) }),
    // The route twice: a wider line in the page's colour under it keeps it clear of the coasts it crosses.
    ...[classes.casing, classes.route].map((name) => element('path', { class: name, d: pathData(panel.route, false, 1) })),
    ...panel.markers.map(([x, y]) => element('circle', { class: classes.marker, cx: x, cy: y, r: markerRadius })),
  ];
}

/** The band across the top of the inset, with the inset's name. */
function insetHeader(name: string, inset: Frame, fontSize: number): { frame: Frame; title: Label } {
  const frame = { ...inset, height: Math.round(fontSize * 1.9) };
  const [x, y] = [Math.round(inset.x + fontSize * 0.6), Math.round(inset.y + fontSize * 1.35)];
  return { frame, title: { text: name, x, y, anchor: 'start', fontSize, box: textBox(name, fontSize, x, y, 'start') } };
}

/** Boxes around each segment of a line, for labels to keep off it. */
function lineBoxes(line: Point[]): Box[] {
  return line.slice(1).map(([x2, y2], index) => {
    const [x1, y1] = line[index]!;
    return { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
  });
}

function placeById(corridor: Corridor, id: string): Place {
  const place = corridor.places.find((candidate) => candidate.id === id);
  // The schema already refuses a route through an unknown place.
  if (!place) throw new Error(`No place has the id "${id}".`);
  return place;
}
