import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../../test/helpers/fixtureDir.ts';
import { povertyByYear } from '../lib/stats/poverty.ts';
import { generateSynthetic } from '../lib/synthetic/generate.ts';
import { chartId } from './charts.ts';
import { loadSite, type Site } from './loadSite.ts';
import { AREA_DATASETS } from './siteIndex.ts';

let syntheticDir: string;
beforeAll(async () => {
  syntheticDir = await mkdtemp(join(tmpdir(), 'gn-index-'));
  const { files } = generateSynthetic({ provinces: 4, seed: 3 });
  for (const [file, text] of Object.entries(files)) await writeFile(join(syntheticDir, file), text);
});
afterAll(() => rm(syntheticDir, { recursive: true, force: true }));

/** The index must give exactly what filtering the whole tables gave before it existed. */
function expectSameAsFiltering({ data, index }: Site) {
  for (const area of data.areas) {
    const rows = index.rowsOf(area.code);
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
    expectSameAsFiltering(await loadSite(VALID_FIXTURE));
  });

  it('gives the same rows as filtering, on synthetic data with several provinces', async () => {
    expectSameAsFiltering(await loadSite(syntheticDir));
  });

  it('is built once per build, with the site', async () => {
    const site = await loadSite(VALID_FIXTURE);
    expect(await loadSite(VALID_FIXTURE)).toBe(site);
    expect(site.index.rowsOf('091')).toBe(site.index.rowsOf('091'));
  });

  it('finds the province of every unit and the units under a province', async () => {
    const { data, index } = await loadSite(syntheticDir);
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
    const { data, index, charts } = await loadSite(syntheticDir);
    const district = data.areas.filter((a) => a.level === 'district').at(-1)!;
    expect(district.parent_code).not.toBe(data.province.code);
    const csv = charts.get(chartId.poverty(district.code))!.csv();
    expect(csv).toContain(`province_poverty_rate,${district.parent_code},2015,`);
    expect(csv).not.toContain(`province_poverty_rate,${data.province.code},`);
    expect(index.provinceOf(district.code)?.code).toBe(district.parent_code);
  });

  it('draws the districts of every province, the site province under its old id', async () => {
    const { data, index, charts } = await loadSite(syntheticDir);
    expect(chartId.districts(data.province.code, data.province.code)).toBe('districts-poverty');
    for (const province of index.provinces) {
      const chart = charts.get(chartId.districts(province.code, data.province.code))!;
      expect(chart.kind).toBe('multiples');
      const districts = data.areas.filter((a) => a.parent_code === province.code);
      expect(chart.table('en').rows).toHaveLength(districts.length);
      expect(chart.title('en')).toContain(province.name);
      // Shown on the areas page for the site's province, on its own page for any other.
      const own = province.code === data.province.code;
      expect(chart.home('en')).toBe(
        own
          ? '/en/areas/#chart-districts-poverty'
          : `/en/areas/${province.code}/#chart-${chart.id}`,
      );
    }
  });

  it('knows the drawn height of every chart, bars and multiples included', async () => {
    const { charts } = await loadSite(syntheticDir);
    const kinds = new Set([...charts.values()].map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['bar', 'line', 'multiples']);
    for (const chart of charts.values()) {
      const drawn = /viewBox="0 0 \d+ (\d+)"/.exec(chart.svg('en', 'narrow'))?.[1];
      expect(chart.height('en', 'narrow'), chart.id).toBe(Number(drawn));
    }
  });

  it('draws each language on its own, the same every time', async () => {
    const chart = (await loadSite(syntheticDir)).charts.get('districts-poverty')!;
    expect(chart.svg('vi', 'wide')).toBe(chart.svg('vi', 'wide'));
    expect(chart.svg('vi', 'wide')).not.toBe(chart.svg('en', 'wide'));
  });
});
