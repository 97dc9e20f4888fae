/** Made-up boundaries only: squares around invented points; no real boundary file is used. */

export const AREAS = [
  { code: '09', level: 'province' },
  { code: '091', level: 'district' },
  { code: '092', level: 'district' },
];

/** A square with `n` slightly wobbly points per side, so simplification has detail to drop. */
export function square(x: number, y: number, size: number, n = 50): number[][] {
  const wobble = (i: number) => (((i * 7919) % 13) - 6) * 1e-5;
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) ring.push([x + (size * i) / n, y + wobble(i)]);
  for (let i = 0; i < n; i++) ring.push([x + size + wobble(i), y + (size * i) / n]);
  for (let i = 0; i < n; i++) ring.push([x + size - (size * i) / n, y + size + wobble(i)]);
  for (let i = 0; i < n; i++) ring.push([x + wobble(i), y + size - (size * i) / n]);
  ring.push(ring[0]!);
  return ring;
}

export const feature = (code: unknown, coordinates: unknown, type = 'Polygon') => ({
  type: 'Feature',
  properties: { code },
  geometry: { type, coordinates },
});

export const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
