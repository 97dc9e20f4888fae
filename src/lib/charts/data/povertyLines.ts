/** Shapes poverty rows into chart series: one point per year of the domain, undefined where unpublished. */
import type { Poverty } from '../../schemas/poverty.ts';
import { povertyByYear, seriesOf } from '../../stats/poverty.ts';
import type { LinePoint } from '../lineChart.ts';

export function yearPoints(
  rows: readonly Poverty[],
  areaCode: string,
  measure:
    'poverty_rate_pct' | 'near_poverty_rate_pct' | 'poor_households' | 'near_poor_households',
  domain: [number, number],
): LinePoint[] {
  const byYear = new Map(seriesOf(povertyByYear(rows, areaCode), measure).map((p) => [p.year, p]));
  const points: LinePoint[] = [];
  for (let year = domain[0]; year <= domain[1]; year++) {
    const found = byYear.get(year);
    points.push({ x: year, y: found?.value, status: found?.row.status, row: found?.row });
  }
  return points;
}

/** Years with no value: the gaps a chart must explain. */
export function gapYears(points: readonly LinePoint[]): number[] {
  return points.filter((p) => p.y === undefined).map((p) => p.x);
}
