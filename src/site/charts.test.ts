import { describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../../test/helpers/fixtureDir.ts';
import { chartId } from './charts.ts';
import { loadSite } from './loadSite.ts';

describe('the charts of a site', async () => {
  const { charts } = await loadSite(VALID_FIXTURE);

  it('defines the charts the data supports, and none without data', () => {
    expect([...charts.keys()].sort()).toEqual(
      [
        chartId.districts('09', '09'),
        chartId.funding('09'),
        chartId.poverty('09'),
        chartId.poverty('091'),
        chartId.poverty('092'),
      ].sort(),
    );
    // The ids are published (downloads, embeds, anchors): they must not drift.
    expect(chartId.poverty('091')).toBe('poverty-091');
    expect(chartId.districts('09', '09')).toBe('districts-poverty');
    expect(chartId.districts('10', '09')).toBe('districts-poverty-10');
  });

  it('knows the height it draws at, without drawing', () => {
    for (const chart of charts.values()) {
      for (const lang of ['vi', 'en'] as const) {
        for (const size of ['narrow', 'wide'] as const) {
          const drawn = /viewBox="0 0 \d+ (\d+)"/.exec(chart.svg(lang, size))?.[1];
          expect(chart.height(lang, size), `${chart.id} ${lang} ${size}`).toBe(Number(drawn));
        }
      }
    }
  });

  it('lives at an anchor on its area page, or the areas page for the districts', () => {
    expect(charts.get('poverty-091')!.home('vi')).toBe('/dia-ban/091/#chart-poverty-091');
    expect(charts.get('funding-09')!.home('en')).toBe('/en/areas/09/#chart-funding-09');
    expect(charts.get('districts-poverty')!.home('vi')).toBe('/dia-ban/#chart-districts-poverty');
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
