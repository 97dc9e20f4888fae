/**
 * A small locator map for an area page, drawn at build time: no tiles, no script. The area's
 * seat (or its boundary, when official boundaries are present) stands out among its neighbours.
 */
import { geoIdentity, geoPath } from 'd3';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { PALETTE, r, svgOpen } from '../charts/svg.ts';
import { escapeXml } from '../text/escapeXml.ts';

export interface LocatorPoint {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

export interface LocatorInput {
  id: string;
  title: string;
  desc: string;
  points: LocatorPoint[];
  current: string;
  boundaries?: FeatureCollection<Polygon | MultiPolygon, { code: string }> | undefined;
}

export function renderLocator(
  input: LocatorInput,
  size: { width: number; height: number },
): string {
  const pad = 28;
  const extent: [[number, number], [number, number]] = [
    [pad, pad],
    [size.width - pad, size.height - pad],
  ];
  const target: FeatureCollection = input.boundaries ?? {
    type: 'FeatureCollection',
    features: input.points.map((p) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    })),
  };
  // Planar lon/lat (y flipped): for one province the distortion is negligible, and unlike a
  // spherical projection it does not depend on the winding order of the boundary rings.
  const projection = geoIdentity().reflectY(true).fitExtent(extent, target);
  const parts = [svgOpen(input.id, size.width, size.height, input.title, input.desc)];
  parts.push(`<rect width="${size.width}" height="${size.height}" fill="#f3f6f8"/>`);
  if (input.boundaries) {
    const path = geoPath(projection);
    for (const f of input.boundaries.features) {
      const current = f.properties.code === input.current;
      parts.push(
        `<path d="${path(f)}" fill="${current ? PALETTE.orange : '#ffffff'}" stroke="${PALETTE.grey}" stroke-width="1"/>`,
      );
    }
  }
  for (const p of input.points) {
    const [x, y] = projection([p.lon, p.lat])!;
    const current = p.code === input.current;
    parts.push(
      `<circle cx="${r(x)}" cy="${r(y)}" r="${current ? 7 : 4}" fill="${current ? PALETTE.orange : PALETTE.blue}" stroke="#fff" stroke-width="1.5"/>`,
      `<text x="${r(x + 9)}" y="${r(y + 4)}" font-size="${current ? 13 : 11}"${current ? ' font-weight="600"' : ''} fill="${PALETTE.ink}">${escapeXml(p.name)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
