import { describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { loadSite } from '../loadSite.ts';
import { coveragePage } from './coverage.ts';

describe('coveragePage on the valid fixture', async () => {
  const site = await loadSite(VALID_FIXTURE);
  const page = coveragePage(site, 'en');
  const dataset = (name: string) => page.datasets.find((d) => d.dataset === name)!;

  it('has a legend entry for every state, with its mark', () => {
    expect(page.legend.map((s) => [s.state, s.mark])).toEqual([
      ['final', '●'],
      ['preliminary', '◐'],
      ['unspecified', '■'],
      ['single', '●'],
      ['period', '◌'],
      ['none', '—'],
    ]);
    expect(page.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
  });

  it('marks each poverty-rate cell by status and links it to the area page', () => {
    const poverty = dataset('poverty');
    expect(poverty.ratesOnly).toBe(true);
    expect(poverty.totals).toBe('Total: 4 of 18 cells published');
    const province = poverty.rows[0]!;
    expect(province.name).toBe('Thử Nghiệm province');
    expect(province.cells.map((c) => c.state)).toEqual([
      'none',
      'none',
      'none',
      'final',
      'preliminary',
      'none',
    ]);
    expect(province.cells[3]!.href).toBe('/en/areas/09/#poverty');
    expect(province.cells[0]!.href).toBeUndefined();
  });

  it('marks a multi-year funding row as a period, linked to the funding section', () => {
    const [province] = dataset('funding').rows;
    const cell2017 = province!.cells[2]!;
    expect(cell2017.state).toBe('period');
    expect(cell2017.href).toBe('/en/areas/09/#funding');
    expect(dataset('funding').ratesOnly).toBe(false);
  });

  it('sums each area over every dataset and year', () => {
    expect(page.byArea).toEqual([
      { name: 'Thử Nghiệm province', totals: 'Total: 11 of 30 cells published' },
      { name: 'Đồng Đăng district', totals: 'Total: 3 of 30 cells published' },
      { name: 'Chợ Mẫu city', totals: 'Total: 3 of 30 cells published' },
    ]);
    expect(dataset('funding').totals).toBe('Total: 6 of 18 cells published');
  });
});
