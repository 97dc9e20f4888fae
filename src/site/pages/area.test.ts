import { describe, expect, it } from 'vitest';
import { REAL_DATA, VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { loadSite } from '../loadSite.ts';
import { areaPage } from './area.ts';

describe('areaPage on the valid fixture', async () => {
  const site = await loadSite(VALID_FIXTURE);
  const page = (code: string, lang: 'vi' | 'en' = 'vi') =>
    areaPage(site, site.data.areaByCode.get(code)!, lang);

  it('names a district, links its province and compares the same year', () => {
    const p = page('091');
    expect(p.name).toBe('Huyện Đồng Đăng');
    expect(p.parent).toEqual({ name: 'Tỉnh Thử Nghiệm', href: '/dia-ban/09/' });
    expect(p.isProvince).toBe(false);
    expect(p.headline).toEqual({
      label: 'Tỷ lệ hộ nghèo cuối năm 2018',
      value: '25%',
      status: 'final',
      yearBasis: 'stated',
      sourceIds: ['test-report'],
    });
    expect(p.provinceFigure).toEqual({ label: 'So với toàn tỉnh (cuối năm 2018)', value: '20%' });
    expect(p.description).toBe('Huyện Đồng Đăng: Tỷ lệ hộ nghèo cuối năm 2018 25%.');
  });

  it('gives the province its latest figure, even preliminary, and no parent or comparison', () => {
    const p = page('09', 'en');
    expect(p.name).toBe('Thử Nghiệm province');
    expect(p.parent).toBeUndefined();
    expect(p.provinceFigure).toBeUndefined();
    expect(p.headline.value).toBe('19.93%');
    expect(p.headline.status).toBe('preliminary');
    expect(p.years.map((y) => y.year)).toEqual([2018, 2019]);
  });

  it('lists the review years with no figure', () => {
    expect(page('091', 'en').missingYears).toBe(
      'end of 2015, end of 2016, end of 2017, end of 2019, end of 2020',
    );
  });

  it('shows only the charts the area has, and the districts chart only with several provinces', () => {
    const ids = (code: string) =>
      Object.fromEntries(Object.entries(page(code).charts).map(([k, c]) => [k, c?.id]));
    expect(ids('09')).toEqual({
      poverty: 'poverty-09',
      districts: undefined,
      funding: 'funding-09',
      outputs: undefined,
    });
    expect(ids('091').poverty).toBe('poverty-091');
    expect(ids('091').funding).toBeUndefined();
  });

  it('puts poverty targets beside the poverty table, as output rows', () => {
    const p = page('092');
    expect(p.povertyTargets).toHaveLength(1);
    expect(p.povertyTargets[0]).toMatchObject({
      indicator: 'poverty_rate_pct',
      value: 2,
      target_value: 2,
      year_from: 2020,
    });
    expect(p.otherTargets).toEqual([]);
    expect(page('09').povertyTargets.map((r) => [r.indicator, r.value, r.value_max])).toEqual([
      ['poverty_rate_reduction_pp', 2, 2.5],
    ]);
  });

  it('marks each designation in the programme years it covers', () => {
    expect(page('091', 'en').designations).toEqual({
      years: [2016, 2017, 2018, 2019, 2020],
      rows: [
        {
          label: 'Poor district under Programme 30a',
          inForce: [true, true, true, true, true],
          sourceId: 'test-report',
          period: '2016–2020',
        },
      ],
    });
    expect(page('092').designations.rows).toEqual([]);
  });

  it('offers the CSVs the area has rows in, then its JSON', () => {
    expect(page('091').downloads).toEqual([
      { href: '/data/areas/091/poverty.csv', file: 'poverty.csv' },
      { href: '/data/areas/091/designations.csv', file: 'designations.csv' },
      { href: '/data/areas/091/outputs.csv', file: 'outputs.csv' },
      { href: '/data/areas/091/deprivation.csv', file: 'deprivation.csv' },
      { href: '/data/areas/091.json', file: '091.json' },
    ]);
    expect(page('09', 'en').cite).toEqual({
      title: { vi: 'Tỉnh Thử Nghiệm', en: 'Thử Nghiệm province' },
      path: '/en/areas/09/',
      csv: {
        path: '/data/areas/09/poverty.csv',
        bom: false,
        codeColumns: ['area_code', 'source_id'],
      },
    });
  });

  it('draws no locator with fewer than two seats to place (Chợ Mẫu has no coordinates)', () => {
    expect(page('091').locator).toBeUndefined();
  });

  it('dates the page by the latest change of its datasets', () => {
    const { lastUpdated } = site.data;
    const dates = [
      lastUpdated.poverty,
      lastUpdated.funding,
      lastUpdated.outputs,
      lastUpdated.targets,
      lastUpdated.designations,
    ].filter(Boolean);
    expect(page('091').lastUpdated).toBe(dates.sort().at(-1));
  });
});

describe('areaPage on the published data', async () => {
  const site = await loadSite(REAL_DATA);
  const page = (code: string) => areaPage(site, site.data.areaByCode.get(code)!, 'en');

  it('keeps the decimals the source printed', () => {
    // poverty.csv prints Bắc Kạn's end-2020 rate as 18.50.
    expect(page('06').headline.value).toBe('18.50%');
  });

  it('places a district on its province locator', () => {
    const locator = page('060').locator!;
    expect(locator).toContain('<title id="locator-060-t">Where Pác Nặm district is</title>');
    expect(page('060').designations.rows.map((d) => d.label)).toEqual([
      'Poor district under Programme 30a',
    ]);
  });
});
