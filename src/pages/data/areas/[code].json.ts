/** /data/areas/<code>.json — every row about one area, grouped by dataset. */
import type { APIRoute } from 'astro';
import { jsonRows } from '../../../lib/data/serialize.ts';
import { DATASETS } from '../../../lib/schemas/datasets.ts';
import { loadSite } from '../../../site/loadSite.ts';
import { AREA_DATASETS } from '../../../site/siteIndex.ts';

export async function getStaticPaths() {
  const { areas } = (await loadSite()).data;
  return areas.map((area) => ({ params: { code: area.code } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { data, index } = await loadSite();
  const area = data.areaByCode.get(params.code!);
  const rows = index.rowsOf(params.code!);
  const body = {
    area: jsonRows(DATASETS.areas, area ? [area] : [])[0],
    ...Object.fromEntries(
      AREA_DATASETS.map((name) => [name, jsonRows(DATASETS[name], rows[name])]),
    ),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
