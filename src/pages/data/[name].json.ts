/** /data/<dataset>.json — the same rows, typed, with null for "not published". */
import type { APIRoute } from 'astro';
import { toJson } from '../../lib/data/serialize.ts';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../../lib/schemas/datasets.ts';
import { loadSite } from '../../site/loadSite.ts';

export const getStaticPaths = () => DATASET_NAMES.map((name) => ({ params: { name } }));

export const GET: APIRoute = async ({ params }) => {
  const name = params.name as DatasetName;
  const { tables } = (await loadSite()).data;
  return new Response(toJson(DATASETS[name], tables[name]), {
    headers: { 'Content-Type': 'application/json' },
  });
};
