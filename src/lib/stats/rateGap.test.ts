import { describe, expect, it } from 'vitest';
import type { Poverty } from '../schemas/poverty.ts';
import { povertyByYear } from './poverty.ts';
import { latestRateGap } from './rateGap.ts';
import { statedYears } from './statedYears.ts';

const row = (
  area: string,
  year: number,
  rate: number | undefined,
  basis: Poverty['year_basis'] = 'stated',
  status: Poverty['status'] = 'unspecified',
): Poverty => ({
  year,
  area_code: area,
  status,
  poverty_rate_pct: rate,
  source_id: `${area}-${year}`,
  households_total: undefined,
  poor_households: undefined,
  near_poor_households: undefined,
  near_poverty_rate_pct: undefined,
  escaped_poverty_households: undefined,
  newly_poor_households: undefined,
  year_basis: basis,
  source_quote: undefined,
  note_vi: undefined,
  note_en: undefined,
});

// Bắc Kạn and the whole country as published: no national rate for end-2019.
const ROWS = [
  row('06', 2015, 29.4, 'inferred'),
  row('06', 2016, 26.61, 'stated', 'final'),
  row('06', 2019, 19.93, 'stated', 'preliminary'),
  row('06', 2020, 18.5),
  row('VN', 2016, 8.23, 'stated', 'final'),
  row('VN', 2019, undefined),
  row('VN', 2020, 2.75, 'stated', 'preliminary'),
];
const province = povertyByYear(ROWS, '06');
const country = povertyByYear(ROWS, 'VN');

describe('latestRateGap', () => {
  it('compares the latest year both areas have, in points, keeping both figures', () => {
    const gap = latestRateGap(province, country)!;
    expect(gap.year).toBe(2020);
    expect(gap.points).toBe(15.75);
    expect(gap.area.value).toBe(18.5);
    expect(gap.other).toMatchObject({ value: 2.75, row: { source_id: 'VN-2020' } });
  });

  it('skips a year where one side has no rate, never treating it as zero', () => {
    const gap = latestRateGap(
      province.filter((y) => y.year !== 2020),
      country,
    )!;
    expect(gap.year).toBe(2016);
    expect(gap.points).toBe(18.38);
    expect(latestRateGap(province, [])).toBeUndefined();
  });
});

describe('statedYears', () => {
  it('drops inferred rows and the years left without a stated one', () => {
    const years = statedYears(province);
    expect(years.map((y) => y.year)).toEqual([2016, 2019, 2020]);
    expect(years[0]!.headline.poverty_rate_pct).toBe(26.61);
  });

  it('keeps a year with a stated row even when an inferred one was its headline', () => {
    const both = povertyByYear(
      [row('060', 2019, 35.15, 'inferred'), row('060', 2019, 35.14)],
      '060',
    );
    expect(statedYears(both)[0]!.rows.map((r) => r.poverty_rate_pct)).toEqual([35.14]);
  });
});
