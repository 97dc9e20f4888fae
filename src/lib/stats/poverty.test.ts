import { describe, expect, it } from 'vitest';
import type { Poverty } from '../schemas/poverty.ts';
import { missingYears, povertyByYear, rateChange, seriesOf } from './poverty.ts';

const row = (
  year: number,
  status: Poverty['status'],
  rate: number | undefined,
  source = 's',
  yearBasis: Poverty['year_basis'] = 'stated',
): Poverty => ({
  year,
  area_code: '06',
  status,
  poverty_rate_pct: rate,
  source_id: source,
  households_total: undefined,
  poor_households: undefined,
  near_poor_households: undefined,
  near_poverty_rate_pct: undefined,
  escaped_poverty_households: undefined,
  newly_poor_households: undefined,
  year_basis: yearBasis,
  source_quote: undefined,
  note_vi: undefined,
  note_en: undefined,
});

const ROWS = [
  row(2019, 'preliminary', 19.93, 'a'),
  row(2016, 'final', 26.61),
  row(2019, 'unspecified', 19.9, 'b'),
  row(2015, 'unspecified', 29.4),
  row(2020, 'preliminary', undefined),
  { ...row(2018, 'final', 21.88), area_code: '058' },
];

describe('povertyByYear', () => {
  it('groups an area’s rows by year and puts the best-status row first', () => {
    const years = povertyByYear(ROWS, '06');
    expect(years.map((y) => y.year)).toEqual([2015, 2016, 2019, 2020]);
    const y2019 = years.find((y) => y.year === 2019)!;
    expect(y2019.headline.source_id).toBe('b');
    expect(y2019.rows.map((r) => r.status)).toEqual(['unspecified', 'preliminary']);
  });

  it('ranks a stated year above an inferred one, then status, then file order (audit M2)', () => {
    // Ngân Sơn, end of 2019: two preliminary figures whose sources name the review, and a later
    // "hiện còn 34,17%" whose as-of year had to be inferred.
    const rows = [
      row(2019, 'preliminary', 34.29, 'newspaper'),
      row(2019, 'preliminary', 34.41, 'review'),
      row(2019, 'unspecified', 34.17, 'congress', 'inferred'),
      row(2019, 'final', 34.0, 'decision-inferred', 'inferred'),
    ];
    const [y2019] = povertyByYear(rows, '06');
    expect(y2019!.rows.map((r) => r.source_id)).toEqual([
      'newspaper',
      'review',
      'decision-inferred',
      'congress',
    ]);
    // Among stated years, status still decides: final, unspecified, preliminary.
    const stated = [
      row(2018, 'preliminary', 1, 'p'),
      row(2018, 'unspecified', 2, 'u'),
      row(2018, 'final', 3, 'f'),
    ];
    expect(povertyByYear(stated, '06')[0]!.rows.map((r) => r.source_id)).toEqual(['f', 'u', 'p']);
  });

  it('builds a series only from years with a value, leaving gaps as gaps', () => {
    const years = povertyByYear(ROWS, '06');
    expect(seriesOf(years, 'poverty_rate_pct').map((p) => [p.year, p.value])).toEqual([
      [2015, 29.4],
      [2016, 26.61],
      [2019, 19.9],
    ]);
    expect(missingYears(years, 2015, 2020)).toEqual([2017, 2018, 2020]);
  });

  it('computes the change from the first to the last published rate', () => {
    const change = rateChange(povertyByYear(ROWS, '06'));
    expect(change?.points).toBe(-9.5);
    expect(change?.from.year).toBe(2015);
    expect(rateChange(povertyByYear(ROWS, '058'))).toBeUndefined();
  });
});
