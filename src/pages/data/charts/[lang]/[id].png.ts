/** /data/charts/<lang>/<id>.png — the chart as a PNG at twice its size, rasterised at build time. */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import type { Lang } from '../../../../i18n/routes.ts';
import { loadSite } from '../../../../site/loadSite.ts';

export async function getStaticPaths() {
  const ids = [...(await loadSite()).charts.keys()];
  return (['vi', 'en'] as const).flatMap((lang) => ids.map((id) => ({ params: { lang, id } })));
}

export const GET: APIRoute = async ({ params }) => {
  const chart = (await loadSite()).charts.get(params.id!)!;
  const svg = chart.svg(params.lang as Lang, 'wide');
  const png = await sharp(Buffer.from(svg), { density: 144 })
    .flatten({ background: '#ffffff' })
    // zlib's default level: level 9 took 3–4 times as long for files only ~15% smaller, and
    // rasterising every chart twice is most of a national build (see npm run bench:build).
    .png({ compressionLevel: 6 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
