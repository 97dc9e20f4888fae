/** /data/areas/<code>/<dataset>.csv — one area's rows as canonical CSV, for code (pandas, R). */
import type { APIRoute } from 'astro';
import { toCsv } from '../../../../lib/data/serialize.ts';
import { DATASETS } from '../../../../lib/schemas/datasets.ts';
import { AREA_DATASETS, rowsOfArea, type AreaDataset } from '../../../../site/areaRows.ts';
import { loadSiteData } from '../../../../site/siteData.ts';

export async function getStaticPaths() {
  const data = await loadSiteData();
  return data.areas.flatMap((area) => {
    const rows = rowsOfArea(data, area.code);
    return AREA_DATASETS.filter((name) => rows[name].length > 0).map((name) => ({
      params: { code: area.code, name },
    }));
  });
}

export const GET: APIRoute = async ({ params }) => {
  const name = params.name as AreaDataset;
  const rows = rowsOfArea(await loadSiteData(), params.code!)[name];
  return new Response(toCsv(DATASETS[name], rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
