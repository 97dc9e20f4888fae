/**
 * Boundaries that passed the validator (data/checkGeo.ts), simplified and quantised with
 * TopoJSON so the map page stays light.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { AreaFeature } from '../data/checkGeo.ts';

/**
 * Simplifies shared borders once (TopoJSON keeps neighbours seamless), dropping more detail
 * until the result fits `maxBytes`, and rounds coordinates to 4 decimals (about 11 m).
 */
export function simplifyBoundaries(
  features: AreaFeature[],
  maxBytes = 60_000,
): FeatureCollection<Polygon | MultiPolygon, { code: string }> {
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  // The topojson typings disagree on property types; the objects are plain GeoJSON here.
  const topo = presimplify(
    topology({ areas: collection }, 1e5) as unknown as Parameters<typeof presimplify>[0],
  );
  let result: FeatureCollection<Polygon | MultiPolygon, { code: string }> | undefined;
  for (const keep of [0.5, 0.25, 0.1, 0.05, 0.02, 0.01]) {
    // quantile() sorts weights descending: quantile(keep) keeps that share of the points.
    // Collinear points weigh 0; they never carry shape, so they go even at the first step.
    const simplified = simplify(topo, Math.max(quantile(topo, keep), Number.MIN_VALUE));
    result = feature(simplified, simplified.objects.areas!) as unknown as FeatureCollection<
      Polygon | MultiPolygon,
      { code: string }
    >;
    result = JSON.parse(
      JSON.stringify(result, (_, v: unknown) =>
        typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v,
      ),
    );
    if (JSON.stringify(result).length <= maxBytes) break;
  }
  return result!;
}
