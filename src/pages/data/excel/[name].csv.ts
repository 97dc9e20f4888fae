/** /data/excel/<dataset>.csv — for spreadsheets: UTF-8 with BOM, formulas neutralised. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../../lib/data/serialize.ts';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../../../lib/schemas/datasets.ts';
import { loadSiteData } from '../../../lib/site/siteData.ts';

export const getStaticPaths = () => DATASET_NAMES.map((name) => ({ params: { name } }));

export const GET: APIRoute = async ({ params }) => {
  const name = params.name as DatasetName;
  const { tables } = await loadSiteData();
  return new Response(toCsv(DATASETS[name], tables[name], 'excel'), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
