/**
 * Every chart the site draws, defined once from the data: its title and text alternative in
 * both languages, its SVG at each size, its table, and the CSV of exactly its numbers. Built once
 * per build by loadSite(); pages show a chart by its id (chartId), the download endpoints
 * enumerate them all. Drawing is lazy: a spec draws only when asked, so nothing is kept.
 */
import { districtsChart } from './charts/districts.ts';
import { fundingChart } from './charts/funding.ts';
import { outputsChart } from './charts/outputs.ts';
import { povertyChart } from './charts/poverty.ts';
import type { ChartSite, ChartSpec } from './charts/spec.ts';

export type { ChartSpec, ChartTable } from './charts/spec.ts';
export { chartId } from './charts/chartId.ts';

/** All charts the data supports, by id. */
export function buildCharts(site: ChartSite): Map<string, ChartSpec> {
  const list = [
    ...site.data.areas.flatMap((area) => [
      povertyChart(site, area),
      fundingChart(site, area),
      outputsChart(site, area),
    ]),
    ...site.index.provinces.map((province) => districtsChart(site, province)),
  ].filter((c): c is ChartSpec => c !== undefined);
  return new Map(list.map((c) => [c.id, c]));
}
