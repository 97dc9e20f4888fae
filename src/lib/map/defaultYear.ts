/**
 * The year the map opens on: the one with the most published figures for the indicator, so a
 * reader sees as many areas as the data allow (not the latest year, which may have two of eight).
 * A tie goes to the latest of the tied years; with no figures at all, the last year.
 */
import type { MapIndicator, MapPayload } from './mapData.ts';

export interface DefaultYear {
  year: number;
  /** How many areas have a figure that year. */
  count: number;
}

export function defaultYear(payload: MapPayload, indicator: MapIndicator): DefaultYear {
  let best: DefaultYear = { year: payload.years.at(-1)!, count: 0 };
  for (const year of payload.years) {
    const count = Object.keys(payload.indicators[indicator].byYear[year] ?? {}).length;
    if (count > 0 && count >= best.count) best = { year, count };
  }
  return best;
}

/** The default of every indicator, for the page to ship (the reader may switch indicator). */
export function defaultYears(payload: MapPayload): Record<MapIndicator, DefaultYear> {
  return Object.fromEntries(
    Object.keys(payload.indicators).map((i) => [i, defaultYear(payload, i as MapIndicator)]),
  ) as Record<MapIndicator, DefaultYear>;
}
