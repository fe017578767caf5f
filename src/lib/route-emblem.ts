/**
 * The identity's emblem, two ports at either end of the dashed route that
 * links them, in a 28 × 40 box: one drawing for the lockup (RouteMark.astro)
 * and the sharing cards, so they cannot drift apart.
 */
export const ROUTE_EMBLEM = {
  width: 28,
  height: 40,
  route: 'M9 7c13 5 13 21 0 26',
  routeWidth: 2,
  routeDash: '3 3',
  ports: [
    { cx: 8, cy: 6.5 },
    { cx: 8, cy: 33.5 },
  ],
  portRadius: 4.5,
} as const;
