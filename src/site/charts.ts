/**
 * Every chart the site draws, defined once from the data: its title and text alternative in
 * both languages, its SVG at each size, its table, and the CSV of exactly its numbers. Pages
 * show a chart by id; the download endpoints enumerate them all.
 */
import type { Lang } from '../i18n/routes.ts';
import type { SizeName } from '../lib/charts/svg.ts';
import { districtsChart } from './charts/districts.ts';
import { fundingChart } from './charts/funding.ts';
import { outputsChart } from './charts/outputs.ts';
import { povertyChart } from './charts/poverty.ts';
import type { ChartSpec } from './charts/spec.ts';
import type { SiteData } from './siteData.ts';
import { siteIndex } from './siteIndex.ts';

export type { ChartSpec, ChartTable } from './charts/spec.ts';
export { districtsChartId } from './charts/districts.ts';

const cache = new WeakMap<SiteData, Map<string, ChartSpec>>();

/** Drawings kept: enough for the few uses of one chart in a row, bounded at national scale. */
const SVG_CACHE_SIZE = 64;

/**
 * A chart is drawn several times in a row (a page measures the wide drawing, then shows it beside
 * the narrow one); the last few drawings are kept so each is computed once, without holding every
 * chart of a national build in memory.
 */
function rememberDrawings(charts: ChartSpec[]): ChartSpec[] {
  const recent = new Map<string, string>();
  return charts.map((chart) => ({
    ...chart,
    svg: (lang: Lang, size: SizeName) => {
      const key = `${chart.id}\u0001${lang}\u0001${size}`;
      let svg = recent.get(key);
      if (svg === undefined) {
        svg = chart.svg(lang, size);
        if (recent.size >= SVG_CACHE_SIZE) recent.delete(recent.keys().next().value!);
      } else recent.delete(key);
      recent.set(key, svg);
      return svg;
    },
  }));
}

/** All charts, by id (memoised per build). */
export function chartsOf(data: SiteData): Map<string, ChartSpec> {
  let charts = cache.get(data);
  if (!charts) {
    const list = [
      ...data.areas.flatMap((area) => [
        povertyChart(data, area),
        fundingChart(data, area),
        outputsChart(data, area),
      ]),
      ...siteIndex(data).provinces.map((province) => districtsChart(data, province)),
    ].filter((c): c is ChartSpec => c !== undefined);
    charts = new Map(rememberDrawings(list).map((c) => [c.id, c]));
    cache.set(data, charts);
  }
  return charts;
}
