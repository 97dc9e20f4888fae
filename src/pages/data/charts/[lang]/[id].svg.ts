/** /data/charts/<lang>/<id>.svg — the chart image, wide version, standalone. */
import type { APIRoute } from 'astro';
import type { Lang } from '../../../../i18n/routes.ts';
import { chartsOf } from '../../../../site/charts.ts';
import { loadSiteData } from '../../../../site/siteData.ts';

export async function getStaticPaths() {
  const ids = [...chartsOf(await loadSiteData()).keys()];
  return (['vi', 'en'] as const).flatMap((lang) => ids.map((id) => ({ params: { lang, id } })));
}

export const GET: APIRoute = async ({ params }) => {
  const chart = chartsOf(await loadSiteData()).get(params.id!)!;
  const svg = chart
    .svg(params.lang as Lang, 'wide')
    .replace('<svg ', '<svg style="background:#fff" ');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
