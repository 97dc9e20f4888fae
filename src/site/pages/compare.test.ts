import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fixtureDir, VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { MAP_INDICATORS } from '../../lib/map/mapData.ts';
import { loadSite } from '../loadSite.ts';
import { comparePage } from './compare.ts';

describe('comparePage on the valid fixture', async () => {
  const page = comparePage(await loadSite(VALID_FIXTURE), 'en');
  const rate = page.charts.find((c) => c.indicator === 'poverty_rate_pct')!;

  it('offers every area and every map indicator to choose from', () => {
    expect(page.areas).toEqual([
      { code: '09', name: 'Thử Nghiệm province' },
      { code: '091', name: 'Đồng Đăng district' },
      { code: '092', name: 'Chợ Mẫu city' },
    ]);
    expect(page.indicators.map((i) => i.indicator)).toEqual([...MAP_INDICATORS]);
    expect(page.charts.map((c) => c.indicator)).toEqual([...MAP_INDICATORS]);
  });

  it('draws every area in both sizes, titled by indicator and period', () => {
    expect(rate.title).toBe('Poverty rate (%): areas compared, 2015–2020');
    expect(rate.narrow).toContain('id="compare-poverty_rate_pct-narrow-t"');
    expect(rate.wide).toContain('viewBox="0 0 720');
    for (const code of ['09', '091', '092']) expect(rate.wide).toContain(`data-series="${code}"`);
  });

  it('keeps each area its colour and says which publish nothing', () => {
    expect(rate.legend.map((s) => [s.code, s.swatch, s.unpublished])).toEqual([
      ['09', 'series-0', false],
      ['091', 'series-1', false],
      ['092', 'series-2', false],
    ]);
  });

  it('marks an area with no figure in any year as not published', async () => {
    const dir = await fixtureDir({
      'areas.csv': (text) => `${text}093,district,09,Nà Mới,huyện,,,test-report,\n`,
    });
    try {
      const withEmpty = comparePage(await loadSite(dir), 'vi');
      const legend = withEmpty.charts.find((c) => c.indicator === 'poor_households')!.legend;
      expect(legend.map((s) => [s.label, s.unpublished])).toEqual([
        ['Tỉnh Thử Nghiệm', false],
        ['Huyện Đồng Đăng', false],
        ['Thành phố Chợ Mẫu', false],
        ['Huyện Nà Mới', true],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('tables every area by review year, gaps included', () => {
    const [province] = rate.rows;
    expect(province!.label).toBe('Thử Nghiệm province');
    expect(province!.cells.map((c) => c?.value)).toEqual([
      undefined,
      undefined,
      undefined,
      20,
      19.93,
      undefined,
    ]);
  });
});
