import cache from 'virtual:partnership/map-cache';
import type { MapCache } from '../map/map-cache.ts';

/** Where the build keeps the map's drawings, as the map-cache integration serves it; none in the dev server. */
export const mapCache: MapCache | undefined = cache;
