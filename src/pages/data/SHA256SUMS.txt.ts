/**
 * /data/SHA256SUMS.txt — the SHA-256 of every downloadable data file of this release, as
 * `sha256sum --check` reads it. Paths are from the site root, which is also the layout of
 * all-datasets.zip (data/…, datapackage.json).
 *
 * The bytes are produced by calling the very endpoints that publish each file, so a checksum can
 * never drift from what is served; every one of those files is deterministic from the data.
 */
import type { APIContext, APIRoute } from 'astro';
import { sha256sums } from '../../lib/changes/checksums.ts';
import * as packageJson from '../datapackage.json.ts';
import * as areaCsv from './areas/[code]/[name].csv.ts';
import * as areaJson from './areas/[code].json.ts';
import * as zip from './all-datasets.zip.ts';
import * as excelCsv from './excel/[name].csv.ts';
import * as canonicalCsv from './[name].csv.ts';
import * as json from './[name].json.ts';
import * as templateCsv from './templates/[name].csv.ts';
import * as templateXlsx from './templates/[name].xlsx.ts';
import * as templateWorkbook from './templates/all-datasets.xlsx.ts';
import * as xlsx from './xlsx/[name].xlsx.ts';

interface Endpoint {
  GET: APIRoute;
  getStaticPaths?: () =>
    | { params: Record<string, string>; props?: Record<string, unknown> }[]
    | Promise<{ params: Record<string, string>; props?: Record<string, unknown> }[]>;
}

/** Each endpoint with the path its files are published at (params filled in). */
const ENDPOINTS: [Endpoint, (p: Record<string, string>) => string][] = [
  [canonicalCsv, (p) => `data/${p.name}.csv`],
  [excelCsv, (p) => `data/excel/${p.name}.csv`],
  [json, (p) => `data/${p.name}.json`],
  [xlsx, (p) => `data/xlsx/${p.name}.xlsx`],
  [areaJson, (p) => `data/areas/${p.code}.json`],
  [areaCsv, (p) => `data/areas/${p.code}/${p.name}.csv`],
  [templateCsv, (p) => `data/templates/${p.name}.csv`],
  [templateXlsx, (p) => `data/templates/${p.name}.xlsx`],
  [templateWorkbook, () => 'data/templates/all-datasets.xlsx'],
  [zip, () => 'data/all-datasets.zip'],
  [packageJson, () => 'datapackage.json'],
];

export const GET: APIRoute = async ({ site, url }) => {
  const files: { path: string; bytes: Uint8Array }[] = [];
  for (const [endpoint, pathOf] of ENDPOINTS) {
    const routes = endpoint.getStaticPaths ? await endpoint.getStaticPaths() : [{ params: {} }];
    for (const { params, props = {} } of routes) {
      // Only what the data endpoints read; spreading the context would touch request-only getters.
      const response = await endpoint.GET({ site, url, params, props } as unknown as APIContext);
      files.push({ path: pathOf(params), bytes: new Uint8Array(await response.arrayBuffer()) });
    }
  }
  return new Response(sha256sums(files), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
