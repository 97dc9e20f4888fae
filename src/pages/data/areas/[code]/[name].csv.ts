/** /data/areas/<code>/<dataset>.csv — one area's rows as canonical CSV, for code (pandas, R). */
import type { APIRoute } from 'astro';
import { toCsv } from '../../../../lib/data/serialize.ts';
import { DATASETS } from '../../../../lib/schemas/datasets.ts';
import { loadSite } from '../../../../site/loadSite.ts';
import { AREA_DATASETS, type AreaDataset } from '../../../../site/siteIndex.ts';

export async function getStaticPaths() {
  const { data, index } = await loadSite();
  return data.areas.flatMap((area) => {
    const rows = index.rowsOf(area.code);
    return AREA_DATASETS.filter((name) => rows[name].length > 0).map((name) => ({
      params: { code: area.code, name },
    }));
  });
}

export const GET: APIRoute = async ({ params }) => {
  const name = params.name as AreaDataset;
  const rows = (await loadSite()).index.rowsOf(params.code!)[name];
  return new Response(toCsv(DATASETS[name], rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
