import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Natural Earth's land at 1:50 million: at 1:110 million, Newfoundland and
 * the coasts of the inset come out as a few straight strokes. Read with
 * node:fs, as this layer runs under plain Node.js too (and the type checker
 * does not type half a megabyte of JSON).
 */
const LAND_FILE = 'world-atlas/land-50m.json';

let land: MultiPolygon | undefined;

/** The world's land, as one GeoJSON multipolygon (decoded once per build). */
export function worldLand(): MultiPolygon {
  if (!land) {
    const text = readFileSync(createRequire(import.meta.url).resolve(LAND_FILE), 'utf8');
    const topology = JSON.parse(text) as Topology<{ land: GeometryCollection }>;
    const collection = feature(topology, topology.objects.land);
    land = {
      type: 'MultiPolygon',
      coordinates: collection.features.flatMap((part) => {
        const geometry = part.geometry;
        if (geometry.type === 'Polygon') return [geometry.coordinates];
        return geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
      }),
    };
  }
  return land;
}
