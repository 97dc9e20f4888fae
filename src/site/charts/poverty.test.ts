/**
 * The province's poverty chart against the whole country: the national series is the comparison
 * line, named as the national figure, with its missing years said as gaps (never zero).
 */
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { appendLine, fixtureDir } from '../../../test/helpers/fixtureDir.ts';
import { loadSite } from '../loadSite.ts';
import { povertyChart } from './poverty.ts';

const dir = await fixtureDir({
  'areas.csv': appendLine('VN,country,,Việt Nam,cả nước,,,test-report,'),
  // National rates for 2018 and 2020 only: 2019 is a gap.
  'poverty.csv': (text) =>
    `${text}2018,VN,final,,,,5.23,,,,test-report,stated,,,\n2020,VN,preliminary,,,,2.75,,,,test-report,stated,,,\n`,
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('povertyChart for a province', async () => {
  const site = await loadSite(dir);
  const { data } = site;
  const chart = povertyChart(site, data.province)!;
  const district = povertyChart(
    site,
    data.areas.find((a) => a.code === '091')!,
  )!;

  it('draws the country as the comparison line, named as the national figure', () => {
    expect(data.country?.code).toBe('VN');
    expect(chart.desc('vi')).toContain('Tỷ lệ hộ nghèo, Cả nước (Việt Nam): 2015: chưa có');
    expect(chart.desc('en')).toContain(
      'Poverty rate, Viet Nam (whole country): 2015: not published; 2016: not published; 2017: not published; 2018: 5.23%; 2019: not published; 2020: 2.75% (preliminary)',
    );
    expect(chart.svg('en', 'wide')).toContain('Viet Nam (whole country)');
  });

  it('says the national gaps and the measure in its notes, and exports the series as national', () => {
    const notes = chart.notes('en').join(' ');
    expect(notes).toContain('Viet Nam (whole country): 2015, 2016, 2017, 2019');
    expect(notes).toContain('same measure as the province');
    expect(chart.csv()).toContain('national_poverty_rate,VN,2020,2.75,preliminary');
    expect(chart.csv()).not.toContain('national_poverty_rate,VN,2019');
  });

  it('keeps a district compared with its province, not the country', () => {
    expect(district.desc('en')).toContain('Poverty rate, whole province');
    expect(district.desc('en')).not.toContain('Viet Nam');
    expect(district.csv()).not.toContain('VN');
  });
});
