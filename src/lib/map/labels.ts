import type { Point } from './geometry.ts';
import { MapSpaceError } from './map-space-error.ts';
import type { Frame } from './layouts.ts';

/*
 * Label placement: each place's name goes in the first of the usual
 * cartographic positions (right, left, above, below, then the corners) that
 * stays inside its frame and clear of every other label and marker; among
 * those, the one crossing the fewest route lines. Text is measured by an
 * estimate, since the build has no fonts to measure with: a generous average
 * character width, so that real text is, if anything, smaller than its box.
 */

/** A rectangle on the drawing. */
export type Box = Frame;

export type Anchor = 'start' | 'middle' | 'end';

/** A label as the SVG writes it. */
export interface Label {
  text: string;
  /** The anchor point: `x` is where `anchor` puts the text, `y` its baseline. */
  x: number;
  y: number;
  anchor: Anchor;
  fontSize: number;
  box: Box;
}

/** A name to place next to a point. */
export interface LabelRequest {
  text: string;
  point: Point;
  fontSize: number;
  /** The frame the label must stay inside. */
  within: Frame;
  /** Space between the point and the text (marker radius and a little air). */
  gap: number;
}

/** Average width of a character, in ems; generous for the system sans-serif fonts, semibold. */
export const CHARACTER_WIDTH_EM = 0.62;
/** Height above the baseline and depth below it, in ems, covering accents and descenders. */
const ASCENT_EM = 0.95;
const DESCENT_EM = 0.28;
/** Clear space around every label, for its halo. */
const HALO = 2;

/** The box the text of `label` covers, estimated from its length and font size. */
export function textBox(text: string, fontSize: number, x: number, y: number, anchor: Anchor): Box {
  const width = [...text].length * fontSize * CHARACTER_WIDTH_EM;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left, y: y - fontSize * ASCENT_EM, width, height: fontSize * (ASCENT_EM + DESCENT_EM) };
}

/**
 * Places every label in order, each avoiding `obstacles` and the labels
 * placed before it, and crossing as few of `lines` as it can.
 *
 * @throws {MapSpaceError} naming the label that has no free place.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], lines: readonly Point[][]): Label[] {
  const placed: Label[] = [];
  for (const request of requests) {
    const taken = [...obstacles, ...placed.map((label) => label.box)];
    const free = candidates(request).filter(
      (label) => inside(label.box, request.within) && taken.every((box) => !overlap(grow(label.box, HALO), box)),
    );
    if (free.length === 0) {
      throw new MapSpaceError('map-label-no-room', { label: request.text });
    }
    const crossings = free.map((label) => lines.reduce((count, line) => count + crossingsOf(line, label.box), 0));
    placed.push(free[crossings.indexOf(Math.min(...crossings))]!);
  }
  return placed;
}

/**
 * A name written across an area, the ocean's: centred near `centre`, on
 * water (touching none of the `land` rings) and clear of `obstacles`;
 * below `centre` first, then further away.
 *
 * @throws {MapSpaceError} when no position tried is free.
 */
export function placeAreaLabel(request: Omit<LabelRequest, 'gap'>, land: readonly Point[][], obstacles: readonly Box[]): Label {
  const { text, point, fontSize, within } = request;
  const shifts = [0, 0.1, -0.1, 0.2, -0.2].map((fraction) => Math.round(fraction * within.width));
  const drops = [2.5, 4, -1.5, 5.5].map((ems) => Math.round(ems * fontSize));
  const tried = drops.flatMap((dy) =>
    shifts.map((dx): Label => {
      const [x, y] = [Math.round(point[0] + dx), Math.round(point[1] + dy)];
      return { text, x, y, anchor: 'middle', fontSize, box: textBox(text, fontSize, x, y, 'middle') };
    }),
  );
  const free = tried.find(
    (label) =>
      inside(label.box, within) &&
      obstacles.every((box) => !overlap(grow(label.box, HALO), box)) &&
      land.every((ring) => crossingsOf([...ring, ring[0]!], label.box) === 0 && !contains(ring, [label.x, label.y])),
  );
  if (!free) throw new MapSpaceError('map-label-no-room', { label: text });
  return free;
}

/** Whether `point` is inside `ring` (even–odd rule). */
function contains(ring: readonly Point[], [x, y]: Point): boolean {
  let inside = false;
  ring.forEach(([x1, y1], index) => {
    const [x2, y2] = ring[(index + 1) % ring.length]!;
    if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside;
  });
  return inside;
}

/** The positions tried, in order of preference. */
function candidates({ text, point: [x, y], fontSize, gap }: LabelRequest): Label[] {
  const middle = y + fontSize * 0.35;
  const diagonal = gap * 0.75;
  const positions: [number, number, Anchor][] = [
    [x + gap, middle, 'start'],
    [x - gap, middle, 'end'],
    [x, y - gap - fontSize * DESCENT_EM, 'middle'],
    [x, y + gap + fontSize * ASCENT_EM, 'middle'],
    [x + diagonal, y - diagonal, 'start'],
    [x + diagonal, y + diagonal + fontSize * 0.7, 'start'],
    [x - diagonal, y - diagonal, 'end'],
    [x - diagonal, y + diagonal + fontSize * 0.7, 'end'],
  ];
  return positions.map(([labelX, labelY, anchor]) => {
    const [roundedX, roundedY] = [Math.round(labelX), Math.round(labelY)];
    return { text, x: roundedX, y: roundedY, anchor, fontSize, box: textBox(text, fontSize, roundedX, roundedY, anchor) };
  });
}

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/** Whether two boxes share any area. */
export function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: Box, frame: Frame): boolean {
  const margin = HALO + 2;
  return (
    box.x >= frame.x + margin &&
    box.y >= frame.y + margin &&
    box.x + box.width <= frame.x + frame.width - margin &&
    box.y + box.height <= frame.y + frame.height - margin
  );
}

/** How many segments of `line` pass through `box`. */
function crossingsOf(line: readonly Point[], box: Box): number {
  return line.slice(1).filter((point, index) => segmentMeetsBox(line[index]!, point, box)).length;
}

/** Liang–Barsky: whether the segment from `a` to `b` has any point inside `box`. */
function segmentMeetsBox([x1, y1]: Point, [x2, y2]: Point, box: Box): boolean {
  const [dx, dy] = [x2 - x1, y2 - y1];
  let [enter, leave] = [0, 1];
  const edges: [number, number][] = [
    [-dx, x1 - box.x],
    [dx, box.x + box.width - x1],
    [-dy, y1 - box.y],
    [dy, box.y + box.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return false;
  }
  return true;
}
