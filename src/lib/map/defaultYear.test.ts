import { describe, expect, it } from 'vitest';
import { defaultYear, defaultYears } from './defaultYear.ts';
import type { MapPayload, MapValue } from './mapData.ts';

const v: MapValue = { value: 1, status: 'final', source_id: 's' };
const codes = (...cs: string[]) => Object.fromEntries(cs.map((c) => [c, v]));
const payload = (byYear: MapPayload['indicators']['poverty_rate_pct']['byYear']): MapPayload => {
  const one = { classes: { breaks: [], colours: [] }, byYear };
  const empty = { classes: { breaks: [], colours: [] }, byYear: {} };
  return {
    years: [2015, 2016, 2017, 2018, 2019, 2020],
    indicators: {
      poverty_rate_pct: one,
      near_poverty_rate_pct: empty,
      poor_households: empty,
      near_poor_households: empty,
    },
  };
};

describe('defaultYear', () => {
  it('opens on the year with the most figures, not the latest', () => {
    const p = payload({ 2018: codes('a', 'b'), 2019: codes('a', 'b', 'c'), 2020: codes('a') });
    expect(defaultYear(p, 'poverty_rate_pct')).toEqual({ year: 2019, count: 3 });
  });

  it('breaks a tie with the latest of the tied years', () => {
    const p = payload({ 2016: codes('a', 'b'), 2018: codes('c', 'd'), 2020: codes('e') });
    expect(defaultYear(p, 'poverty_rate_pct')).toEqual({ year: 2018, count: 2 });
  });

  it('falls back to the last year when nothing is published', () => {
    expect(defaultYear(payload({}), 'near_poor_households')).toEqual({ year: 2020, count: 0 });
  });

  it('gives every indicator its own default', () => {
    const p = payload({ 2017: codes('a') });
    expect(defaultYears(p)).toEqual({
      poverty_rate_pct: { year: 2017, count: 1 },
      near_poverty_rate_pct: { year: 2020, count: 0 },
      poor_households: { year: 2020, count: 0 },
      near_poor_households: { year: 2020, count: 0 },
    });
  });
});
