/** Made-up boundaries only: squares around invented points; no real boundary file is used. */
import { describe, expect, it } from 'vitest';
import { AREAS, collection, feature, square } from '../../../test/helpers/boundaryShapes.ts';
import { checkBoundaries, GEO_LIMITS } from './checkGeo.ts';

describe('checkBoundaries', () => {
  it('accepts a collection that matches every district', () => {
    const result = checkBoundaries(
      collection(feature('091', [square(105, 22, 0.1)]), feature('092', [square(105.1, 22, 0.1)])),
      'data/geo/test.geojson',
      AREAS,
    );
    expect(result.problems).toEqual([]);
    expect(result.features).toHaveLength(2);
  });

  it.each([
    ['not a collection', { type: 'Feature' }, 'geo/structure', null],
    [
      'feature without a code',
      collection(feature(undefined, [square(105, 22, 0.1)])),
      'geo/missing-code',
      'features[0].properties.code',
    ],
    [
      'stray code',
      collection(feature('999', [square(105, 22, 0.1)])),
      'geo/unknown-code',
      'features[0].properties.code',
    ],
    [
      'repeated code',
      collection(feature('091', [square(105, 22, 0.1)]), feature('091', [square(105, 22, 0.1)])),
      'geo/duplicate-code',
      'features[1].properties.code',
    ],
    [
      'point geometry',
      collection(feature('091', [105, 22], 'Point')),
      'geo/geometry',
      'features[0].geometry.type',
    ],
    [
      'open ring',
      collection(
        feature('091', [
          [
            [105, 22],
            [105.1, 22],
            [105.1, 22.1],
            [105, 22.1],
          ],
        ]),
      ),
      'geo/ring',
      'features[0].geometry.coordinates[0]',
    ],
    [
      'latitude out of range',
      collection(
        feature('091', [
          [
            [105, 95],
            [105.1, 22],
            [105.1, 22.1],
            [105, 95],
          ],
        ]),
      ),
      'geo/coordinates',
      'features[0].geometry.coordinates[0]',
    ],
  ])('reports a %s with its location', (_, json, code, column) => {
    const result = checkBoundaries(json, 'data/geo/test.geojson', AREAS);
    const problem = result.problems.find((p) => p.code === code);
    expect(problem, JSON.stringify(result.problems)).toBeDefined();
    expect(problem!.file).toBe('data/geo/test.geojson');
    expect(problem!.column).toBe(column);
    expect(problem!.message_vi.length).toBeGreaterThan(10);
  });

  it('reports a district that has no boundary', () => {
    const result = checkBoundaries(collection(feature('091', [square(105, 22, 0.1)])), 'f', AREAS);
    expect(result.problems.map((p) => [p.code, p.value])).toEqual([['geo/missing-area', '092']]);
  });
});

describe('checkBoundaries limits', () => {
  const limits = { ...GEO_LIMITS, maxFeatures: 3, maxPoints: 100 };

  it('refuses a file past the feature limit whole, with one problem', () => {
    const features = Array.from({ length: 4 }, (_, i) =>
      feature(`x${i}`, [square(105, 22, 0.1, 1)]),
    );
    const result = checkBoundaries(collection(...features), 'f', AREAS, { limits });
    expect(result.problems.map((p) => [p.code, p.message_en])).toEqual([
      [
        'geo/too-many-features',
        expect.stringContaining('The boundary file has 4 features, more than the 3 allowed'),
      ],
    ]);
    expect(result.features).toEqual([]);
  });

  it('counts the points of Polygons and MultiPolygons alike', () => {
    // 4 × 10 + 1 = 41 points per square ring: two of them fit in 100, three do not.
    const ring = square(105, 22, 0.1, 10);
    const fits = checkBoundaries(
      collection(feature('091', [ring]), feature('092', [[ring]], 'MultiPolygon')),
      'f',
      AREAS,
      { limits },
    );
    expect(fits.problems).toEqual([]);
    const tooMany = checkBoundaries(
      collection(feature('091', [ring]), feature('092', [[ring], [ring]], 'MultiPolygon')),
      'f',
      AREAS,
      { limits },
    );
    expect(tooMany.problems.map((p) => p.code)).toEqual(['geo/too-many-points']);
  });

  it('lists the first 1,000 problems and counts the rest', () => {
    const features = Array.from({ length: 1500 }, (_, i) =>
      feature(`x${i}`, [square(105, 22, 0.1, 1)]),
    );
    const result = checkBoundaries(collection(...features), 'f', AREAS);
    // The two districts without a boundary come last, so they are counted too.
    expect(result.problems).toHaveLength(1002);
    expect(result.problems.slice(1000).map((p) => [p.code, p.value, p.count])).toEqual([
      ['report/omitted', 'geo/unknown-code', 500],
      ['report/omitted', 'geo/missing-area', 2],
    ]);
  });

  it('checks only the shapes when areas.csv could not be read', () => {
    const result = checkBoundaries(
      collection(feature('999', [square(105, 22, 0.1)]), feature('091', [[[0, 0]]])),
      'f',
      AREAS,
      { areasChecked: false },
    );
    expect(result.problems.map((p) => p.code)).toEqual(['geo/ring']);
    expect(result.features.map((f) => f.properties.code)).toEqual(['999']);
  });
});
