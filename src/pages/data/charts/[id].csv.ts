/** /data/charts/<id>.csv — exactly the numbers one chart draws (UTF-8, for code). */
import type { APIRoute } from 'astro';
import { chartsOf } from '../../../site/charts.ts';
import { loadSiteData } from '../../../site/siteData.ts';

export async function getStaticPaths() {
  return [...chartsOf(await loadSiteData()).keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const chart = chartsOf(await loadSiteData()).get(params.id!)!;
  return new Response(chart.csv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
