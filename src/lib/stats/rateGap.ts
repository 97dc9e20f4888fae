/**
 * How far one area's poverty rate stands from another's (a province from the whole country), in
 * the latest year both have one. Computed, not published: the pages show it with the two figures
 * it compares and the "computed" label.
 */
import type { Poverty } from '../schemas/poverty.ts';
import { seriesOf, type YearFigures } from './poverty.ts';

export interface RateGap {
  year: number;
  area: { row: Poverty; value: number };
  other: { row: Poverty; value: number };
  /** area − other, in percentage points, rounded to the rates' two decimals. */
  points: number;
}

export function latestRateGap(
  areaYears: readonly YearFigures[],
  otherYears: readonly YearFigures[],
): RateGap | undefined {
  const other = new Map(seriesOf(otherYears, 'poverty_rate_pct').map((p) => [p.year, p]));
  const both = seriesOf(areaYears, 'poverty_rate_pct').filter((p) => other.has(p.year));
  const last = both.at(-1);
  if (!last) return undefined;
  const theirs = other.get(last.year)!;
  return {
    year: last.year,
    area: { row: last.row, value: last.value },
    other: { row: theirs.row, value: theirs.value },
    points: Math.round((last.value - theirs.value) * 100) / 100,
  };
}
