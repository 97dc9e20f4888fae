import { describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { validateDirectory } from '../data/validateDirectory.ts';
import { coverageGrid, coverageTotals, siteCoverage } from './coverage.ts';

/** The fixture's tables and its areas without the country, as the site shows them. */
async function fixture() {
  const { tables } = await validateDirectory(VALID_FIXTURE, { keepRows: true });
  return { tables, areas: tables.areas.filter((a) => a.level !== 'country') };
}

describe('coverageGrid on the test dataset', async () => {
  const data = await fixture();
  const years = [2015, 2016, 2017, 2018, 2019, 2020];
  const grid = coverageGrid({ areas: data.areas, years, tables: data.tables });

  it('marks each poverty year by its headline status, and gaps as none', () => {
    expect(grid.poverty['09']![2018]).toEqual({
      state: 'final',
      rows: 1,
      source_ids: ['test-report'],
    });
    expect(grid.poverty['09']![2019]!.state).toBe('preliminary');
    expect(grid.poverty['09']![2017]!.state).toBe('none');
    expect(grid.poverty['092']![2019]!.state).toBe('none');
  });

  it('tells single-year figures from multi-year ones', () => {
    expect(grid.outputs['091']![2020]!.state).toBe('single');
    expect(grid.funding['09']![2017]!.state).toBe('period'); // 2016–2020 and 2016–2018 rows only
    expect(grid.funding['09']![2017]!.rows).toBe(3); // DA1 2016–2020, DA2 2009–2020, other 2016–2018
  });

  it('counts exactly the rows of the data', () => {
    const totals = coverageTotals(grid);
    const publishedPoverty = new Set(
      data.tables.poverty
        .filter((r) => r.poverty_rate_pct !== undefined)
        .map((r) => `${r.area_code}|${r.year}`),
    ).size;
    expect(totals.perDataset.poverty).toEqual({
      published: publishedPoverty,
      total: data.areas.length * years.length,
    });
    expect(totals.perDataset.deprivation.published).toBe(1);
    expect(totals.perArea['092']!.total).toBe(5 * years.length);
  });
});

describe('poverty coverage counts poverty-rate cells (audit L9)', () => {
  const row = (year: number, extra: Record<string, unknown>) => ({
    year,
    area_code: '060',
    source_id: 's',
    status: 'unspecified',
    year_basis: 'stated',
    ...extra,
  });
  const empty = { deprivation: [], funding: [], outputs: [], targets: [] };

  it('leaves a year with only a household count or escapes as not published', () => {
    const grid = coverageGrid({
      areas: [{ code: '060' }],
      years: [2018, 2019],
      tables: {
        ...empty,
        poverty: [row(2018, { poor_households: 2770 }), row(2019, { poverty_rate_pct: 35.14 })],
      },
    });
    expect(grid.poverty['060']![2018]!.state).toBe('none');
    expect(grid.poverty['060']![2019]).toMatchObject({ state: 'unspecified', rows: 1 });
    expect(coverageTotals(grid).perDataset.poverty).toEqual({ published: 1, total: 2 });
  });

  it('is one count for the whole site: the areas shown, every review year, no country', async () => {
    const data = await fixture();
    const { totals } = siteCoverage(data);
    expect(totals.perDataset.poverty.total).toBe(data.areas.length * 6);
    expect(siteCoverage(data).totals).toEqual(totals);
  });
});
