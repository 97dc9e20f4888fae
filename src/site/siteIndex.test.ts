import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../../test/helpers/fixtureDir.ts';
import { povertyByYear } from '../lib/stats/poverty.ts';
import { generateSynthetic } from '../lib/synthetic/generate.ts';
import { rowsOfArea } from './areaRows.ts';
import { chartsOf, districtsChartId } from './charts.ts';
import { loadSiteData, type SiteData } from './siteData.ts';
import { AREA_DATASETS, siteIndex } from './siteIndex.ts';

let syntheticDir: string;
beforeAll(async () => {
  syntheticDir = await mkdtemp(join(tmpdir(), 'gn-index-'));
  const { files } = generateSynthetic({ provinces: 4, seed: 3 });
  for (const [file, text] of Object.entries(files)) await writeFile(join(syntheticDir, file), text);
});
afterAll(() => rm(syntheticDir, { recursive: true, force: true }));

/** The index must give exactly what filtering the whole tables gave before it existed. */
function expectSameAsFiltering(data: SiteData) {
  const index = siteIndex(data);
  for (const area of data.areas) {
    const rows = rowsOfArea(data, area.code);
    for (const name of AREA_DATASETS) {
      const filtered = (data.tables[name] as { area_code: string }[]).filter(
        (r) => r.area_code === area.code,
      );
      expect(rows[name], `${name} of ${area.code}`).toEqual(filtered);
    }
    expect(index.povertyYears(area.code)).toEqual(povertyByYear(data.tables.poverty, area.code));
    expect(index.childrenOf(area.code)).toEqual(
      data.areas.filter((a) => a.parent_code === area.code),
    );
  }
  for (const output of data.tables.outputs) {
    expect(index.targetFor(output)).toBe(
      data.tables.targets.find(
        (tg) =>
          tg.area_code === output.area_code &&
          tg.indicator === output.indicator &&
          tg.year_from === output.year_from &&
          tg.year_to === output.year_to,
      ),
    );
  }
  expect(index.provinces).toEqual(data.areas.filter((a) => a.level === 'province'));
}

describe('siteIndex', () => {
  it('gives the same rows as filtering, on the test fixture', async () => {
    expectSameAsFiltering(await loadSiteData(VALID_FIXTURE));
  });

  it('gives the same rows as filtering, on synthetic data with several provinces', async () => {
    expectSameAsFiltering(await loadSiteData(syntheticDir));
  });

  it('is built once per loaded data', async () => {
    const data = await loadSiteData(VALID_FIXTURE);
    expect(siteIndex(data)).toBe(siteIndex(data));
    expect(rowsOfArea(data, '091')).toBe(rowsOfArea(data, '091'));
  });

  it('finds the province of every unit and the units under a province', async () => {
    const data = await loadSiteData(syntheticDir);
    const index = siteIndex(data);
    for (const area of data.areas) {
      const province = index.provinceOf(area.code)!;
      expect(province.level).toBe('province');
      expect(area.level === 'province' ? area.code : area.parent_code).toBe(province.code);
    }
    const first = index.provinces[0]!;
    expect(index.unitsUnder(first.code).map((a) => a.code)).toEqual([
      first.code,
      ...data.areas.filter((a) => a.parent_code === first.code).map((a) => a.code),
    ]);
    expect(index.provinceOf('999')).toBeUndefined();
  });
});

describe('charts with several provinces', () => {
  it('compares each district with its own province', async () => {
    const data = await loadSiteData(syntheticDir);
    const index = siteIndex(data);
    const district = data.areas.filter((a) => a.level === 'district').at(-1)!;
    expect(district.parent_code).not.toBe(data.province.code);
    const csv = chartsOf(data).get(`poverty-${district.code}`)!.csv();
    expect(csv).toContain(`province_poverty_rate,${district.parent_code},2015,`);
    expect(csv).not.toContain(`province_poverty_rate,${data.province.code},`);
    expect(index.provinceOf(district.code)?.code).toBe(district.parent_code);
  });

  it('draws the districts of every province, the site province under its old id', async () => {
    const data = await loadSiteData(syntheticDir);
    const charts = chartsOf(data);
    const provinces = siteIndex(data).provinces;
    expect(districtsChartId(data, data.province.code)).toBe('districts-poverty');
    for (const province of provinces) {
      const chart = charts.get(districtsChartId(data, province.code))!;
      expect(chart.kind).toBe('multiples');
      const districts = data.areas.filter((a) => a.parent_code === province.code);
      expect(chart.table('en').rows).toHaveLength(districts.length);
      expect(chart.title('en')).toContain(province.name);
    }
  });

  it('draws each chart once however often a page asks for it', async () => {
    const data = await loadSiteData(syntheticDir);
    const chart = chartsOf(data).get('districts-poverty')!;
    expect(chart.svg('vi', 'wide')).toBe(chart.svg('vi', 'wide'));
    expect(chart.svg('vi', 'wide')).not.toBe(chart.svg('en', 'wide'));
  });
});

describe('indexText', () => {
  it('fills the placeholders it is given and keeps the others for a script', async () => {
    const { indexText } = await import('./indexText.ts');
    expect(indexText('vi', 'unitsCount', { count: 12 })).toBe('12 đơn vị');
    expect(indexText('en', 'filterCount')).toBe('{count} areas match.');
  });
});
