/** /data/all-datasets.zip — every canonical CSV, the data package and the data dictionary. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { strToU8, zipSync } from 'fflate';
import { dataPackage } from '../../lib/data/dataPackage.ts';
import { DATASET_NAMES, DATASETS } from '../../lib/schemas/datasets.ts';
import { loadSite } from '../../site/loadSite.ts';

// A fixed timestamp keeps the archive identical from build to build.
const MTIME = new Date('2020-12-31T00:00:00Z');

export const GET: APIRoute = async () => {
  const { data, pkg } = await loadSite();
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const name of DATASET_NAMES) {
    files[`data/${DATASETS[name].file}`] = [
      await readFile(join(data.dir, DATASETS[name].file)),
      { mtime: MTIME },
    ];
  }
  files['datapackage.json'] = [
    strToU8(`${JSON.stringify(dataPackage(pkg), null, 2)}\n`),
    { mtime: MTIME },
  ];
  const readme = await readFile(join(data.dir, 'README.md'), 'utf8').catch(() => undefined);
  if (readme) files['data/README.md'] = [strToU8(readme), { mtime: MTIME }];
  return new Response(zipSync(files, { level: 9 }), {
    headers: { 'Content-Type': 'application/zip' },
  });
};
