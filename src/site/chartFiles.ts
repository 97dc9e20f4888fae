import type { Lang } from '../lib/text/lang.ts';

/** Where each chart's downloads live: its numbers (CSV, one per chart) and images (per language). */
export function chartFiles(id: string, lang: Lang) {
  return {
    csv: `/data/charts/${id}.csv`,
    svg: `/data/charts/${lang}/${id}.svg`,
    png: `/data/charts/${lang}/${id}.png`,
  };
}
