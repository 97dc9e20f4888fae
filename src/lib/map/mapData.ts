/**
 * What the map page ships to the browser, computed at build time: for each indicator and year,
 * the value of every area (or nothing), with its status and source, and the class breaks.
 */
import type { Area } from '../schemas/areas.ts';
import type { Poverty, ReviewStatus } from '../schemas/poverty.ts';
import { povertyByYear, seriesOf } from '../stats/poverty.ts';
import { classesFor, type Classes } from './classes.ts';

export const MAP_INDICATORS = [
  'poverty_rate_pct',
  'near_poverty_rate_pct',
  'poor_households',
  'near_poor_households',
] as const;
export type MapIndicator = (typeof MAP_INDICATORS)[number];

export interface MapValue {
  value: number;
  status: ReviewStatus;
  source_id: string;
  /** Present when the row's year is inferred, so the map says "year inferred" as the table does. */
  inferred?: true;
}

export interface MapPayload {
  years: number[];
  indicators: Record<
    MapIndicator,
    { classes: Classes; byYear: Record<number, Record<string, MapValue>> }
  >;
}

export function mapPayload(
  rows: readonly Poverty[],
  areas: readonly Area[],
  years: readonly number[],
): MapPayload {
  const indicators = {} as MapPayload['indicators'];
  for (const indicator of MAP_INDICATORS) {
    const byYear: Record<number, Record<string, MapValue>> = {};
    const all: number[] = [];
    for (const year of years) byYear[year] = {};
    for (const area of areas) {
      for (const point of seriesOf(povertyByYear(rows, area.code), indicator)) {
        if (!(point.year in byYear)) continue;
        byYear[point.year]![area.code] = {
          value: point.value,
          status: point.row.status,
          source_id: point.row.source_id,
          ...(point.row.year_basis === 'inferred' ? { inferred: true as const } : {}),
        };
        all.push(point.value);
      }
    }
    indicators[indicator] = { classes: classesFor(all), byYear };
  }
  return { years: [...years], indicators };
}
