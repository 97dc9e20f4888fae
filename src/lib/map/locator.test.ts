import { describe, expect, it } from 'vitest';
import { renderLocator } from './locator.ts';

const points = [
  { code: '091', name: 'Đồng Đăng', lat: 22.2, lon: 105.7 },
  { code: '092', name: 'Chợ Mẫu', lat: 22.0, lon: 105.9 },
];

describe('renderLocator', () => {
  it('highlights the current area among its neighbours, inside the frame', () => {
    const svg = renderLocator(
      { id: 'loc', title: 'Where', desc: 'Locator', points, current: '092' },
      { width: 320, height: 240 },
    );
    expect(svg).toContain('role="img"');
    const circles = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="(\d)"/g)].map((m) =>
      m.slice(1).map(Number),
    );
    expect(circles.map((c) => c[2])).toEqual([4, 7]);
    for (const [x, y] of circles) {
      expect(x).toBeGreaterThanOrEqual(28);
      expect(x).toBeLessThanOrEqual(292);
      expect(y).toBeGreaterThanOrEqual(28);
      expect(y).toBeLessThanOrEqual(212);
    }
    expect(svg).toMatchSnapshot();
  });

  it('draws boundaries when they exist', () => {
    const square = (x: number) => [
      [
        [x, 22],
        [x + 0.1, 22],
        [x + 0.1, 22.1],
        [x, 22.1],
        [x, 22],
      ],
    ];
    const svg = renderLocator(
      {
        id: 'loc',
        title: 'Where',
        desc: 'Locator',
        points,
        current: '091',
        boundaries: {
          type: 'FeatureCollection',
          features: ['091', '092'].map((code, i) => ({
            type: 'Feature',
            properties: { code },
            geometry: { type: 'Polygon', coordinates: square(105.7 + i / 10) },
          })),
        },
      },
      { width: 320, height: 240 },
    );
    expect(svg.match(/<path d="M/g)).toHaveLength(2);
  });
});
