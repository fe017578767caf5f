import { geoStream, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/*
 * Projected shapes in SVG coordinates: d3-geo projects and clips, then each
 * line is simplified and rounded here, because every point costs bytes in
 * the file and a point closer than a pixel to the line shows nothing.
 */

/** A point on the drawing, in SVG user units. */
export type Point = readonly [number, number];

/** What a geographic object becomes once projected: closed rings (land) and open lines (route). */
export interface Shapes {
  rings: Point[][];
  lines: Point[][];
}

/** How much detail to keep. */
export interface Detail {
  /** Points closer than this (user units) to the simplified line are dropped. */
  tolerance: number;
  /** Rings smaller than this area (square units), islands too small to see, are dropped. */
  minArea: number;
  /** Decimals kept in coordinates: 0 for whole units. */
  decimals: 0 | 1;
}

/** Projects `object` with `projection` (which clips it to its extent) and simplifies the result. */
export function projectShapes(object: GeoPermissibleObjects, projection: GeoProjection, detail: Detail): Shapes {
  const raw = collect(object, projection);
  const rings = raw.rings
    .map((ring) => tidy(simplify([...ring, ring[0]!], detail.tolerance).slice(0, -1), detail.decimals))
    .filter((ring) => ring.length >= 3 && Math.abs(area(ring)) >= detail.minArea);
  const lines = raw.lines.map((line) => tidy(simplify(line, detail.tolerance), detail.decimals)).filter((line) => line.length >= 2);
  return { rings, lines };
}

/** The projected rings and lines of `object`, as d3-geo streams them (clipped, resampled). */
function collect(object: GeoPermissibleObjects, projection: GeoProjection): Shapes {
  const shapes: Shapes = { rings: [], lines: [] };
  let current: Point[] = [];
  let inPolygon = false;
  geoStream(
    object,
    projection.stream({
      point: (x, y) => void current.push([x, y]),
      lineStart: () => void (current = []),
      lineEnd: () => void (current.length > 0 && (inPolygon ? shapes.rings : shapes.lines).push(current)),
      polygonStart: () => void (inPolygon = true),
      polygonEnd: () => void (inPolygon = false),
      sphere: () => undefined,
    }),
  );
  return shapes;
}

/** Douglas–Peucker: the fewest points that stay within `tolerance` of the line. */
function simplify(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points;
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let index = first + 1; index < last; index += 1) {
      const distance = distanceToSegment(points[index]!, points[first]!, points[last]!);
      if (distance > farthestDistance) [farthest, farthestDistance] = [index, distance];
    }
    if (farthest !== -1) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, index) => keep[index]);
}

function distanceToSegment([x, y]: Point, [x1, y1]: Point, [x2, y2]: Point): number {
  const [dx, dy] = [x2 - x1, y2 - y1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / lengthSquared));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** Rounds to `decimals` and drops the points rounding made identical to the one before. */
function tidy(points: Point[], decimals: 0 | 1): Point[] {
  const rounded = points.map(([x, y]): Point => [round(x, decimals), round(y, decimals)]);
  return rounded.filter((point, index) => index === 0 || !samePoint(point, rounded[index - 1]!));
}

/** `value` rounded to `decimals`, never `-0` (which would print as "0" anyway, but compare oddly). */
export function round(value: number, decimals: 0 | 1): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0;
}

function samePoint(a: Point, b: Point): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Signed area of a ring (shoelace formula). */
function area(ring: Point[]): number {
  let sum = 0;
  ring.forEach(([x1, y1], index) => {
    const [x2, y2] = ring[(index + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  });
  return sum / 2;
}
