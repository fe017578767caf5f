import type { GeoProjection } from 'd3-geo';
import type { Point } from './geometry.ts';
import type { Frame } from './layouts.ts';

/*
 * The inset's link to the main map: a small box on the main map around the
 * area the inset enlarges, and two dashed lines from that box to the inset,
 * the way printed atlases show a detail.
 */

/** `frame` with `top`, `side` and `bottom` taken off its inside. */
export function shrink(frame: Frame, top: number, side: number, bottom: number): Frame {
  return { x: frame.x + side, y: frame.y + top, width: frame.width - 2 * side, height: frame.height - top - bottom };
}

/**
 * The box on the main map around the area the inset shows: the inset's
 * frame, taken back to longitudes and latitudes, then into the main map.
 * At least `minSize` across, so that it stays visible.
 */
export function locatorBox(inset: GeoProjection, insetFrame: Frame, main: GeoProjection, minSize: number): Frame {
  const { x, y, width, height } = insetFrame;
  const corners: Point[] = [
    [x, y],
    [x + width, y],
    [x, y + height],
    [x + width, y + height],
  ];
  const onMain = corners.map((corner) => main(inset.invert!([...corner])!)!);
  const xs = onMain.map((point) => point[0]);
  const ys = onMain.map((point) => point[1]);
  const [centreX, centreY] = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
  const boxWidth = Math.max(minSize, Math.max(...xs) - Math.min(...xs));
  const boxHeight = Math.max(minSize, Math.max(...ys) - Math.min(...ys));
  return {
    x: Math.round(centreX - boxWidth / 2),
    y: Math.round(centreY - boxHeight / 2),
    width: Math.round(boxWidth),
    height: Math.round(boxHeight),
  };
}

/**
 * The lines joining the locator box to the inset. Under an inset as wide as
 * the map, one short line straight down; otherwise two, from the locator's
 * corners on the inset's side to the inset's nearest corners, so they frame
 * the enlargement without crossing either box.
 */
export function leaderLines(locator: Frame, inset: Frame): [Point, Point][] {
  const locatorCentre = locator.x + locator.width / 2;
  if (inset.y >= locator.y + locator.height && locator.x >= inset.x && locator.x + locator.width <= inset.x + inset.width) {
    return [
      [
        [locatorCentre, locator.y + locator.height],
        [locatorCentre, inset.y],
      ],
    ];
  }
  const corners = (frame: Frame) => ({
    topLeft: [frame.x, frame.y] as Point,
    topRight: [frame.x + frame.width, frame.y] as Point,
    bottomLeft: [frame.x, frame.y + frame.height] as Point,
    bottomRight: [frame.x + frame.width, frame.y + frame.height] as Point,
  });
  const from = corners(locator);
  const to = corners(inset);
  if (inset.y >= locator.y + locator.height) {
    return [
      [from.bottomLeft, to.topLeft],
      [from.bottomRight, to.topRight],
    ];
  }
  if (inset.y + inset.height <= locator.y) {
    return [
      [from.topLeft, to.bottomLeft],
      [from.topRight, to.bottomRight],
    ];
  }
  return inset.x >= locator.x + locator.width
    ? [
        [from.topRight, to.topLeft],
        [from.bottomRight, to.bottomLeft],
      ]
    : [
        [from.topLeft, to.topRight],
        [from.bottomLeft, to.bottomRight],
      ];
}
