import { describe, expect, it } from 'vitest';
import type { Area } from '../schemas/areas.ts';
import type { Poverty } from '../schemas/poverty.ts';
import { mapPayload } from './mapData.ts';

const area = (code: string): Area =>
  ({
    code,
    level: 'district',
    parent_code: '09',
    name: code,
    unit_type: 'huyện',
    source_id: 's',
  }) as Area;
const row = (year: number, code: string, rate?: number, poor?: number): Poverty =>
  ({
    year,
    area_code: code,
    status: 'final',
    poverty_rate_pct: rate,
    poor_households: poor,
    source_id: 's',
    year_basis: 'stated',
  }) as Poverty;

describe('mapPayload', () => {
  const payload = mapPayload(
    [row(2018, '091', 25, 150), row(2019, '092', 12.5)],
    [area('091'), area('092')],
    [2015, 2016, 2017, 2018, 2019, 2020],
  );

  it('keeps only published values; missing areas and years stay missing', () => {
    expect(payload.indicators.poverty_rate_pct.byYear[2018]).toEqual({
      '091': { value: 25, status: 'final', source_id: 's' },
    });
    expect(payload.indicators.poverty_rate_pct.byYear[2020]).toEqual({});
    expect(payload.indicators.near_poor_households.byYear[2018]).toEqual({});
  });
});
