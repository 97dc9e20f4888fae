import { describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../../test/helpers/fixtureDir.ts';
import { chartsOf } from './charts.ts';
import { loadSiteData } from './siteData.ts';

describe('chartsOf', async () => {
  const data = await loadSiteData(VALID_FIXTURE);
  const charts = chartsOf(data);

  it('defines the charts the data supports, and none without data', () => {
    expect([...charts.keys()].sort()).toEqual(
      ['districts-poverty', 'funding-09', 'poverty-09', 'poverty-091', 'poverty-092'].sort(),
    );
  });

  it('gives each chart a text alternative that lists its published values and its gaps', () => {
    const chart = charts.get('poverty-091')!;
    expect(chart.desc('vi')).toContain('2018: 25%');
    expect(chart.desc('en')).toContain(
      'Poverty rate, whole province: 2018: 20%; 2019: 19.93% (preliminary)',
    );
    expect(chart.notes('en').join(' ')).toContain('2015, 2016, 2017, 2019, 2020');
  });

  it('downloads exactly its numbers as CSV for code, without a BOM', () => {
    const csv = charts.get('poverty-091')!.csv();
    expect(csv.startsWith('series,area_code,year,value_pct,status\n')).toBe(true);
    expect(csv).toContain('poverty_rate,091,2018,25,final');
    expect(csv).toContain('province_poverty_rate,09,2019,19.93,preliminary');
    expect(csv.trim().split('\n')).toHaveLength(5);
  });
});
