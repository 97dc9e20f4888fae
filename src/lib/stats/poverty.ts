/**
 * Shaping poverty rows for pages and charts, without any drawing. Several rows may exist for one
 * area and year (preliminary and final, or two sources); one is the headline and the rest stay
 * visible as alternatives. Nothing here fills a gap.
 */
import type { YearBasis } from '../schemas/common.ts';
import type { Poverty, ReviewStatus } from '../schemas/poverty.ts';

/**
 * A year the source states outranks one worked out by the compilers: a figure the source itself
 * dates to the review beats one whose year is a reading of ours, whatever its status (audit M2).
 */
const BASIS_RANK: Record<YearBasis, number> = { stated: 0, inferred: 1 };

/** Then approved figures first, then those of unstated status, then preliminary ones. */
const STATUS_RANK: Record<ReviewStatus, number> = { final: 0, unspecified: 1, preliminary: 2 };

/** Orders two rows of one area and year: stated year, then status (file order breaks ties). */
export function headlineOrder(a: Poverty, b: Poverty): number {
  return (
    BASIS_RANK[a.year_basis] - BASIS_RANK[b.year_basis] ||
    STATUS_RANK[a.status] - STATUS_RANK[b.status]
  );
}

export interface YearFigures {
  year: number;
  /** The figure shown first: stated year, then best status, then first in file order. */
  headline: Poverty;
  /** Every row for that year, headline first. */
  rows: Poverty[];
}

/** Rows of one area grouped by year, ascending, each with its headline. */
export function povertyByYear(rows: readonly Poverty[], areaCode: string): YearFigures[] {
  const byYear = new Map<number, Poverty[]>();
  for (const row of rows) {
    if (row.area_code !== areaCode) continue;
    const list = byYear.get(row.year) ?? [];
    list.push(row);
    byYear.set(row.year, list);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => {
      const sorted = list
        .map((row, order) => ({ row, order }))
        .sort((a, b) => headlineOrder(a.row, b.row) || a.order - b.order)
        .map((x) => x.row);
      return { year, headline: sorted[0]!, rows: sorted };
    });
}

/** The best row of each year that has a value for `measure`. */
export function seriesOf<K extends keyof Poverty>(
  years: readonly YearFigures[],
  measure: K,
): { year: number; row: Poverty; value: NonNullable<Poverty[K]> }[] {
  const out: { year: number; row: Poverty; value: NonNullable<Poverty[K]> }[] = [];
  for (const { year, rows } of years) {
    const row = rows.find((r) => r[measure] !== undefined);
    if (row) out.push({ year, row, value: row[measure] as NonNullable<Poverty[K]> });
  }
  return out;
}

export interface RateChange {
  from: { year: number; row: Poverty; value: number };
  to: { year: number; row: Poverty; value: number };
  /** to − from in percentage points; computed, not published. */
  points: number;
}

/** Change in the poverty rate from the earliest to the latest published year, if both exist. */
export function rateChange(years: readonly YearFigures[]): RateChange | undefined {
  const series = seriesOf(years, 'poverty_rate_pct');
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last || first.year === last.year) return undefined;
  return { from: first, to: last, points: Math.round((last.value - first.value) * 100) / 100 };
}

/** Years from `from` to `to` that have no poverty rate at all: the gaps to show. */
export function missingYears(years: readonly YearFigures[], from: number, to: number): number[] {
  const have = new Set(seriesOf(years, 'poverty_rate_pct').map((p) => p.year));
  const gaps: number[] = [];
  for (let y = from; y <= to; y++) if (!have.has(y)) gaps.push(y);
  return gaps;
}
