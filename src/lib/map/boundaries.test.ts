/** Made-up boundaries only: squares around invented points; no real boundary file is used. */
import { describe, expect, it } from 'vitest';
import { AREAS, collection, feature, square } from '../../../test/helpers/boundaryShapes.ts';
import { checkBoundaries } from '../data/checkGeo.ts';
import { simplifyBoundaries } from './boundaries.ts';

describe('simplifyBoundaries', () => {
  it('keeps every area and shrinks detailed shapes under the byte budget', () => {
    const features = checkBoundaries(
      collection(
        feature('091', [square(105, 22, 0.1, 2000)]),
        feature('092', [square(105.1, 22, 0.1, 2000)]),
      ),
      'f',
      AREAS,
    ).features;
    const before = JSON.stringify(features).length;
    const result = simplifyBoundaries(features, 20_000);
    const after = JSON.stringify(result).length;
    expect(result.features.map((f) => f.properties.code)).toEqual(['091', '092']);
    expect(after).toBeLessThan(20_000);
    expect(after).toBeLessThan(before / 10);
    // Quantised to 4 decimals.
    expect(JSON.stringify(result)).not.toMatch(/\d\.\d{5,}/);
  });
});
