/** /data/<dataset>.csv — the canonical file, byte for byte as committed and validated. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../../lib/schemas/datasets.ts';
import { loadSite } from '../../site/loadSite.ts';

export const getStaticPaths = () => DATASET_NAMES.map((name) => ({ params: { name } }));

export const GET: APIRoute = async ({ params }) => {
  const name = params.name as DatasetName;
  // Validated first (loadSite throws on invalid data), then published as committed.
  const { dir } = (await loadSite()).data;
  const bytes = await readFile(join(dir, DATASETS[name].file));
  return new Response(bytes, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
