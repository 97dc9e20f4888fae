/**
 * Boundary files in data/geo/: malformed, oversized or hostile GeoJSON is refused with a located
 * message before it can exhaust time or memory; codes are matched against areas.csv only when
 * areas.csv could be read.
 */
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusCase } from '../corpusCase.ts';

const square = (x: number) => [
  [
    [x, 22],
    [x + 0.1, 22],
    [x + 0.1, 22.1],
    [x, 22.1],
    [x, 22],
  ],
];

const feature = (code: unknown, i: number, geometry?: unknown) => ({
  type: 'Feature',
  properties: { code },
  geometry: geometry ?? { type: 'Polygon', coordinates: square(105 + i / 10) },
});

const geojson = (codes: unknown[]) =>
  JSON.stringify({ type: 'FeatureCollection', features: codes.map((c, i) => feature(c, i)) });

const GEO = 'geo/areas.geojson';

export const cases: CorpusCase[] = [
  {
    kind: 'validate',
    name: 'boundaries that match every district are accepted',
    edits: { [GEO]: () => geojson(['091', '092']) },
    expect: 'accepted',
  },
  {
    kind: 'validate',
    name: '300k small features: refused whole with one message',
    edits: {
      // A small triangle each, so the file stays under the byte limit and the count decides.
      [GEO]: () =>
        `{"type":"FeatureCollection","features":[${Array.from(
          { length: 300_000 },
          (_, i) =>
            `{"type":"Feature","properties":{"code":"c${i}"},"geometry":{"type":"Polygon","coordinates":[[[105,22],[105.1,22],[105,22.1],[105,22]]]}}`,
        ).join(',')}]}`,
    },
    expect: [{ code: 'geo/too-many-features', file: GEO, line: null }],
    absent: ['geo/unknown-code', 'geo/missing-area'],
  },
  {
    kind: 'validate',
    name: 'one feature of 2.1 million points: refused before its points are checked',
    edits: {
      [GEO]: () => {
        const ring = '[105,22],'.repeat(2_100_000);
        return `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"091"},"geometry":{"type":"Polygon","coordinates":[[${ring}[105,22]]]}}]}`;
      },
    },
    expect: [{ code: 'geo/too-many-points', file: GEO, line: null }],
  },
  {
    kind: 'validate',
    name: 'a 60 MB boundary file: refused unread',
    setup: async (dir) => {
      await mkdir(join(dir, 'geo'), { recursive: true });
      await writeFile(join(dir, GEO), '{');
      // Sparse: the size is on record without writing 60 MB.
      await truncate(join(dir, GEO), 60 * 1024 * 1024);
    },
    expect: [{ code: 'geo/too-large', file: GEO, line: null }],
    absent: ['geo/json'],
  },
  {
    kind: 'validate',
    name: 'not JSON at all',
    edits: { [GEO]: () => '{ "type": "FeatureCollection", "features": [' },
    expect: [{ code: 'geo/json', file: GEO, line: null }],
  },
  {
    kind: 'validate',
    name: 'a bad byte inside a property',
    edits: {
      [GEO]: () => {
        const bytes = new TextEncoder().encode(geojson(['091', '092']));
        bytes[bytes.indexOf(0x39)] = 0xff;
        return bytes;
      },
    },
    expect: [{ code: 'geo/json', file: GEO }],
  },
  {
    kind: 'validate',
    name: 'a Feature, not a FeatureCollection',
    edits: { [GEO]: () => JSON.stringify(feature('091', 0)) },
    expect: [{ code: 'geo/structure', file: GEO }],
  },
  {
    kind: 'validate',
    name: 'a code not in areas.csv, and a district with no boundary',
    edits: { [GEO]: () => geojson(['091', '999']) },
    expect: [
      { code: 'geo/unknown-code', file: GEO, column: 'features[1].properties.code' },
      { code: 'geo/missing-area', file: GEO },
    ],
  },
  {
    kind: 'validate',
    name: 'a code that lost its leading zero (91)',
    edits: { [GEO]: () => geojson(['91', '092']) },
    expect: [{ code: 'geo/unknown-code', file: GEO, column: 'features[0].properties.code' }],
  },
  {
    kind: 'validate',
    name: 'a repeated code',
    edits: { [GEO]: () => geojson(['091', '092', '091']) },
    expect: [{ code: 'geo/duplicate-code', file: GEO, column: 'features[2].properties.code' }],
  },
  {
    kind: 'validate',
    name: 'a numeric code',
    edits: { [GEO]: () => geojson([91, '092']) },
    expect: [{ code: 'geo/missing-code', file: GEO }],
  },
  {
    kind: 'validate',
    name: 'a Point where a Polygon belongs',
    edits: {
      [GEO]: () =>
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            feature('091', 0, { type: 'Point', coordinates: [105, 22] }),
            feature('092', 1),
          ],
        }),
    },
    expect: [{ code: 'geo/geometry', file: GEO, column: 'features[0].geometry.type' }],
  },
  {
    kind: 'validate',
    name: 'an open ring and latitude and longitude swapped out of range',
    edits: {
      [GEO]: () =>
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            feature('091', 0, { type: 'Polygon', coordinates: [square(105)[0]!.slice(0, 4)] }),
            feature('092', 1, {
              type: 'Polygon',
              coordinates: [
                [
                  [22, 200],
                  [22, 201],
                  [23, 200],
                  [22, 200],
                ],
              ],
            }),
          ],
        }),
    },
    expect: [
      { code: 'geo/ring', file: GEO, column: 'features[0].geometry.coordinates[0]' },
      { code: 'geo/coordinates', file: GEO, column: 'features[1].geometry.coordinates[0]' },
    ],
  },
  {
    kind: 'validate',
    name: 'areas.csv unreadable: boundary codes not matched one by one',
    edits: {
      'areas.csv': (t) => t.replace('code,level', 'ma,level'),
      [GEO]: () => geojson(['091', '999']),
    },
    expect: [{ code: 'ref/unchecked', file: 'areas.csv' }],
    absent: ['geo/unknown-code', 'geo/missing-area'],
  },
  {
    kind: 'validate',
    name: 'geo is a file, not a folder',
    setup: async (dir) => writeFile(join(dir, 'geo'), geojson(['091', '092'])),
    expect: [{ code: 'geo/not-a-folder', file: 'geo', line: null }],
  },
  {
    kind: 'validate',
    name: 'geo is a symbolic link to /etc',
    setup: async (dir) => symlink('/etc', join(dir, 'geo')),
    expect: [{ code: 'file/symlink', file: 'geo' }],
  },
  {
    kind: 'validate',
    name: 'a boundary file that is a symbolic link to /etc/passwd',
    setup: async (dir) => {
      await mkdir(join(dir, 'geo'));
      await symlink('/etc/passwd', join(dir, GEO));
    },
    expect: [{ code: 'file/symlink', file: GEO }],
    absent: ['geo/json'],
  },
  {
    kind: 'validate',
    name: 'a boundary file named .json, not .geojson',
    edits: { 'geo/areas.json': () => geojson(['091', '092']) },
    expect: [{ code: 'geo/unexpected', file: 'geo/areas.json' }],
  },
  {
    kind: 'validate',
    name: 'a shapefile left in geo/',
    edits: { 'geo/districts.shp': () => '\u0000\u0000\u0027\u000a' },
    expect: [{ code: 'geo/unexpected', file: 'geo/districts.shp' }],
  },
  {
    kind: 'validate',
    name: 'a folder inside geo/',
    setup: async (dir) => {
      await mkdir(join(dir, 'geo', 'old'), { recursive: true });
    },
    expect: [{ code: 'geo/unexpected', file: 'geo/old' }],
  },
];
