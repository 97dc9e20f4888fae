import { describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { loadSiteData } from '../site/siteData.ts';
import { coverageGrid, coverageTotals } from './coverage.ts';

describe('coverageGrid on the test dataset', async () => {
  const data = await loadSiteData(VALID_FIXTURE);
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
    const publishedPoverty = new Set(data.tables.poverty.map((r) => `${r.area_code}|${r.year}`))
      .size;
    expect(totals.perDataset.poverty).toEqual({
      published: publishedPoverty,
      total: data.areas.length * years.length,
    });
    expect(totals.perDataset.deprivation.published).toBe(1);
    expect(totals.perArea['092']!.total).toBe(5 * years.length);
  });
});
