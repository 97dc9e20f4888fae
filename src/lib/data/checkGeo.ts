/**
 * Official boundaries, when a GeoJSON file keyed by area code is placed in data/geo/: checked
 * like the CSVs (valid geometry, every district matched, no stray or repeated codes; problems
 * located by feature). Validation lives with the validator; lib/map only simplifies what passed.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { makeProblem, type ProblemInput } from './makeProblem.ts';
import type { ProblemCode } from './messages.ts';
import type { Problem } from './problem.ts';
import { ProblemSink } from './problemSink.ts';

export type AreaFeature = Feature<Polygon | MultiPolygon, { code: string }>;

interface AreaLike {
  code: string;
  level: string;
}

/**
 * What a boundary file may hold. A province has about ten districts and the whole country about
 * 10,600 communes; the map draws a simplified version of about 60 KB. Past these limits a file is
 * refused whole, before its features are checked, so time and memory stay bounded.
 */
export const GEO_LIMITS = {
  /** Bytes read at most (checked before reading). */
  maxBytes: 50 * 1024 * 1024,
  maxFeatures: 20_000,
  /** Coordinate points over all rings. */
  maxPoints: 2_000_000,
};

export type GeoLimits = typeof GEO_LIMITS;

export interface CheckBoundariesOptions {
  /**
   * False when areas.csv could not be read in full: codes are then not matched against it (one
   * `ref/unchecked` problem on areas.csv says so), only the shapes are checked.
   */
  areasChecked?: boolean;
  limits?: GeoLimits;
}

/** Checks a parsed GeoJSON value; returns the problems and the features that passed. */
export function checkBoundaries(
  json: unknown,
  file: string,
  areas: readonly AreaLike[],
  options: CheckBoundariesOptions = {},
): { problems: Problem[]; features: AreaFeature[] } {
  const { areasChecked = true, limits = GEO_LIMITS } = options;
  const inputs = new ProblemSink();
  const features: AreaFeature[] = [];
  const collection = json as Partial<FeatureCollection>;
  if (
    !collection ||
    collection.type !== 'FeatureCollection' ||
    !Array.isArray(collection.features)
  ) {
    return { problems: [makeProblem(file, { code: 'geo/structure' })], features };
  }
  const count = collection.features.length;
  if (count > limits.maxFeatures) {
    const input: ProblemInput = {
      code: 'geo/too-many-features',
      found: count,
      limit: limits.maxFeatures,
    };
    return { problems: [makeProblem(file, input)], features };
  }
  if (countPoints(collection.features, limits.maxPoints) > limits.maxPoints) {
    const input: ProblemInput = { code: 'geo/too-many-points', limit: limits.maxPoints };
    return { problems: [makeProblem(file, input)], features };
  }
  const known = new Map(areas.map((a) => [a.code, a]));
  const seen = new Map<string, number>();
  collection.features.forEach((f, i) => {
    const at = (
      path: string,
      code: ProblemCode,
      value: unknown,
      extra: Partial<ProblemInput> = {},
    ) =>
      inputs.push({
        code,
        column: `features[${i}]${path}`,
        value: value === undefined ? null : String(value),
        ...extra,
      });
    const code = f?.properties?.code;
    if (typeof code !== 'string' || code === '')
      return at('.properties.code', 'geo/missing-code', code);
    if (areasChecked && !known.has(code)) return at('.properties.code', 'geo/unknown-code', code);
    if (seen.has(code))
      return at('.properties.code', 'geo/duplicate-code', code, {
        firstAt: `features[${seen.get(code)}]`,
      });
    seen.set(code, i);
    const geometry = f.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      return at('.geometry.type', 'geo/geometry', geometry?.type);
    }
    const polygons: Position[][][] =
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const [p, polygon] of polygons.entries()) {
      for (const [r, ring] of (polygon ?? []).entries()) {
        const path =
          geometry.type === 'Polygon'
            ? `.geometry.coordinates[${r}]`
            : `.geometry.coordinates[${p}][${r}]`;
        const bad = !Array.isArray(ring) || ring.some((pt) => !isLonLat(pt));
        if (bad) return at(path, 'geo/coordinates', null);
        const first = ring[0]!;
        const last = ring.at(-1)!;
        if (ring.length < 4 || first[0] !== last[0] || first[1] !== last[1])
          return at(path, 'geo/ring', ring.length);
      }
    }
    features.push({ type: 'Feature', properties: { code }, geometry });
  });
  for (const area of areasChecked ? areas : []) {
    if (area.level === 'district' && !seen.has(area.code))
      inputs.push({ code: 'geo/missing-area', value: area.code });
  }
  return { problems: inputs.problems(file), features };
}

/** Points over every polygon ring, counted without trusting the shape; stops past `max`. */
function countPoints(features: readonly unknown[], max: number): number {
  let points = 0;
  for (const f of features) {
    const geometry = (f as Partial<Feature> | null)?.geometry as { coordinates?: unknown } | null;
    const coordinates = geometry?.coordinates;
    if (!Array.isArray(coordinates)) continue;
    for (const part of coordinates) {
      if (!Array.isArray(part)) continue;
      // A Polygon's parts are rings (inner: points); a MultiPolygon's are polygons (inner: rings).
      for (const inner of part) {
        if (!Array.isArray(inner)) continue;
        points += Array.isArray(inner[0]) ? inner.length : 1;
      }
      if (points > max) return points;
    }
  }
  return points;
}

function isLonLat(point: unknown): boolean {
  if (!Array.isArray(point) || point.length < 2) return false;
  const [lon, lat] = point as number[];
  return (
    Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90
  );
}
