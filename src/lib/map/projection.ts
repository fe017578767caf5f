import { geoInterpolate, geoMercator, type GeoProjection } from 'd3-geo';
import type { Place } from '../content/corridor-schema.ts';
import type { Frame } from './layouts.ts';

/*
 * Mercator, the projection of nautical charts: coasts keep their shapes,
 * and the shortest route between two ports, a great circle, bows towards the
 * pole, the curve people recognise as an ocean crossing. (On a conformal
 * conic, the other usual choice, great circles come out nearly straight.)
 * Each frame is fitted to what it shows.
 */

/** Longitude and latitude, in degrees. */
export type LonLat = [number, number];

/** Degrees of map around what a frame shows, so nothing sits at an edge. */
interface Margin {
  longitude: number;
  latitude: number;
}

/** A place's position. */
export function lonLatOf(place: Place): LonLat {
  return [place.longitude, place.latitude];
}

/**
 * The main map: every place and the route's arcs between them, with the
 * ocean and coasts around them. Clipped a unit outside `frame`: where land
 * is cut at the edge of the drawing, its outline falls outside it.
 */
export function mainProjection(places: readonly Place[], route: readonly LonLat[], frame: Frame): GeoProjection {
  const clip = { x: frame.x - 1, y: frame.y - 1, width: frame.width + 2, height: frame.height + 2 };
  return fittedProjection([...places.map(lonLatOf), ...arcPoints(route)], frame, { longitude: 6, latitude: 4 }).clipExtent(extent(clip));
}

/**
 * The inset: its places, close up, fitted inside `inner`, clipped to `frame`
 * (whose border then covers the outline of land cut at its edge).
 */
export function insetProjection(places: readonly Place[], frame: Frame, inner: Frame): GeoProjection {
  return fittedProjection(places.map(lonLatOf), inner, { longitude: 0.25, latitude: 0.15 }).clipExtent(extent(frame));
}

function fittedProjection(points: readonly LonLat[], frame: Frame, margin: Margin): GeoProjection {
  const [west, south, east, north] = bounds(points, margin);
  const corners: LonLat[] = [
    [west, south],
    [east, north],
  ];
  // A tenth of a unit between a great circle and the segments drawing it: the route's curve stays smooth.
  return geoMercator().precision(0.1).fitExtent(extent(frame), { type: 'MultiPoint', coordinates: corners });
}

/** Points along each leg of `route`, on the great circle from one stop to the next. */
function arcPoints(route: readonly LonLat[]): LonLat[] {
  return route.slice(1).flatMap((to, index) => {
    const along = geoInterpolate(route[index]!, to);
    return [0.25, 0.5, 0.75].map((fraction) => along(fraction));
  });
}

/** West, south, east, north of `points`, widened by `margin`. */
function bounds(points: readonly LonLat[], margin: Margin): [number, number, number, number] {
  const longitudes = points.map((point) => point[0]);
  const latitudes = points.map((point) => point[1]);
  return [
    Math.min(...longitudes) - margin.longitude,
    Math.min(...latitudes) - margin.latitude,
    Math.max(...longitudes) + margin.longitude,
    Math.max(...latitudes) + margin.latitude,
  ];
}

function extent(frame: Frame): [[number, number], [number, number]] {
  return [
    [frame.x, frame.y],
    [frame.x + frame.width, frame.y + frame.height],
  ];
}
