import { describe, expect, it } from 'vitest';
import type { Poverty } from '../lib/schemas/poverty.ts';
import { povertyByYear } from '../lib/stats/poverty.ts';
import { yearCells } from './yearCells.ts';

const row = (over: Partial<Poverty>): Poverty => ({
  year: 2019,
  area_code: '062',
  status: 'preliminary',
  households_total: undefined,
  poor_households: undefined,
  near_poor_households: undefined,
  poverty_rate_pct: undefined,
  near_poverty_rate_pct: undefined,
  escaped_poverty_households: undefined,
  newly_poor_households: undefined,
  source_id: 's',
  year_basis: 'stated',
  source_quote: undefined,
  note_vi: undefined,
  note_en: undefined,
  ...over,
});

describe('yearCells', () => {
  const rows = [
    // The headline of 2019 (stated year) has only a rate; the count comes from another source.
    row({ poverty_rate_pct: 34.41, source_id: 'review' }),
    row({
      status: 'unspecified',
      poor_households: 2543,
      source_id: 'paper',
      year_basis: 'inferred',
    }),
    row({ year: 2018, status: 'final', poverty_rate_pct: 38.22, source_id: 'thesis' }),
  ];
  const figures = povertyByYear(rows, '062');

  it('gives each year its value and row, and a gap where nothing is published', () => {
    const cells = yearCells(figures, 'poverty_rate_pct', [2017, 2018, 2019]);
    expect(cells[0]).toBeUndefined();
    expect(cells.slice(1).map((c) => [c?.value, c?.row.status, c?.otherSource])).toEqual([
      [38.22, 'final', false],
      [34.41, 'preliminary', false],
    ]);
  });

  it('marks a value taken from another source than the year’s headline', () => {
    const [cell] = yearCells(figures, 'poor_households', [2019]);
    expect(cell).toMatchObject({ value: 2543, otherSource: true });
    expect(cell?.row.year_basis).toBe('inferred');
  });
});
