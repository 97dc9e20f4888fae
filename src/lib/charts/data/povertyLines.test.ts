import { describe, expect, it } from 'vitest';
import type { Poverty } from '../../schemas/poverty.ts';
import { gapYears, yearPoints } from './povertyLines.ts';

const row = (year: number, status: Poverty['status'], rate?: number): Poverty =>
  ({
    year,
    area_code: '060',
    status,
    poverty_rate_pct: rate,
    source_id: 's',
    year_basis: 'stated',
  }) as Poverty;

describe('yearPoints', () => {
  it('gives one point per year with undefined for gaps, using the best row of each year', () => {
    const rows = [
      row(2015, 'unspecified', 50.84),
      row(2019, 'preliminary', 35.22),
      row(2019, 'final', 35.1),
      row(2017, 'final'),
    ];
    const points = yearPoints(rows, '060', 'poverty_rate_pct', [2015, 2020]);
    expect(points.map(({ row: _row, ...point }) => point)).toEqual([
      { x: 2015, y: 50.84, status: 'unspecified' },
      { x: 2016, y: undefined, status: undefined },
      { x: 2017, y: undefined, status: undefined },
      { x: 2018, y: undefined, status: undefined },
      { x: 2019, y: 35.1, status: 'final' },
      { x: 2020, y: undefined, status: undefined },
    ]);
    expect(points[4]!.row).toBe(rows[2]); // the row the point was read from, for its precision
    expect(gapYears(points)).toEqual([2016, 2017, 2018, 2020]);
  });
});
