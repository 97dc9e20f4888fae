/** /data/charts/<id>.csv — exactly the numbers one chart draws (UTF-8, for code). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../site/loadSite.ts';

export async function getStaticPaths() {
  return [...(await loadSite()).charts.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const chart = (await loadSite()).charts.get(params.id!)!;
  return new Response(chart.csv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
