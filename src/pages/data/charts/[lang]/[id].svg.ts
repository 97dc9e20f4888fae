/** /data/charts/<lang>/<id>.svg — the chart image, wide version, standalone. */
import type { APIRoute } from 'astro';
import type { Lang } from '../../../../i18n/routes.ts';
import { loadSite } from '../../../../site/loadSite.ts';

export async function getStaticPaths() {
  const ids = [...(await loadSite()).charts.keys()];
  return (['vi', 'en'] as const).flatMap((lang) => ids.map((id) => ({ params: { lang, id } })));
}

export const GET: APIRoute = async ({ params }) => {
  const chart = (await loadSite()).charts.get(params.id!)!;
  const svg = chart
    .svg(params.lang as Lang, 'wide')
    .replace('<svg ', '<svg style="background:#fff" ');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
