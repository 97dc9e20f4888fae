/**
 * /data/share/<lang>/<key>.png — a page's preview image for link sharing (og:image), 1200×630,
 * rasterised at build time (link previews need a raster image): the overview, every area and
 * every explainer. Chart PNGs, by contrast, are drawn in the reader's browser (elements/chart.ts).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import sharp from 'sharp';
import type { Lang } from '../../../../i18n/routes.ts';
import { renderShareCard } from '../../../../lib/share/card.ts';
import { areaName } from '../../../../site/areaName.ts';
import { loadSite } from '../../../../site/loadSite.ts';
import { shareCard, shareKey } from '../../../../site/share.ts';
import { explainerSlug } from '../../../../site/urls.ts';

export async function getStaticPaths() {
  const { data } = await loadSite();
  const explainers = await getCollection('explainers');
  return (['vi', 'en'] as const).flatMap((lang) => [
    {
      params: { lang, key: shareKey('overview', {}) },
      props: { title: areaName(data.province, lang) },
    },
    ...data.areas.map((area) => ({
      params: { lang, key: shareKey('area', { code: area.code }) },
      props: { title: areaName(area, lang) },
    })),
    ...explainers
      .filter((e) => e.data.lang === lang)
      .map((e) => ({
        params: { lang, key: shareKey('explainer', { slug: explainerSlug(e.id) }) },
        props: { title: e.data.title },
      })),
  ]);
}

export const GET: APIRoute = async ({ params, props }) => {
  const card = shareCard(await loadSite(), params.lang as Lang, params.key!, props.title as string);
  // The card paints its own white background, so dropping the alpha channel gives the same
  // image as flattening it onto white (byte for byte), for less work.
  const png = await sharp(Buffer.from(renderShareCard(card)))
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
