/**
 * One measure of one area across years, as the cells of a table (map and comparison pages): each
 * value with the row it comes from, so the cell can show that row's status and inferred year.
 * The value is the best-ranked row that has the measure (see `seriesOf`); where that is not the
 * year's headline row's source, the cell says so, since the count in one table and the rate in
 * another may then come from different sources.
 */
import type { Poverty } from '../lib/schemas/poverty.ts';
import { seriesOf, type YearFigures } from '../lib/stats/poverty.ts';

export type YearMeasure =
  'poverty_rate_pct' | 'near_poverty_rate_pct' | 'poor_households' | 'near_poor_households';

export interface YearCell {
  value: number;
  row: Poverty;
  /** The value's source differs from the source of the year's headline figure. */
  otherSource: boolean;
}

/** The cell of each of `years` (undefined where nothing is published). */
export function yearCells(
  figures: readonly YearFigures[],
  measure: YearMeasure,
  years: readonly number[],
): (YearCell | undefined)[] {
  const headline = new Map(figures.map((f) => [f.year, f.headline]));
  const byYear = new Map(seriesOf(figures, measure).map((p) => [p.year, p]));
  return years.map((year) => {
    const point = byYear.get(year);
    if (!point) return undefined;
    const value = point.value as number;
    return {
      value,
      row: point.row,
      otherSource: point.row.source_id !== headline.get(year)?.source_id,
    };
  });
}
