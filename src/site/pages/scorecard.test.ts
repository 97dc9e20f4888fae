import { describe, expect, it } from 'vitest';
import { REAL_DATA, VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { loadSite } from '../loadSite.ts';
import { scorecardOf, scorecardPage } from './scorecard.ts';

describe('scorecardPage', () => {
  it('lists every target of the fixture once, each with a verdict', async () => {
    const site = await loadSite(VALID_FIXTURE);
    const page = scorecardPage(site, 'en');
    const rows = page.areas.flatMap((a) => a.rows);
    expect(rows).toHaveLength(site.data.tables.targets.length);
    for (const row of rows) expect(row.verdictText).not.toBe('');
  });

  it('on the real data: Bắc Kạn city 2018 rate targets 2.2 % missed and 2.4 % reached by 2.24 %', async () => {
    const site = await loadSite(REAL_DATA);
    const city = scorecardOf(site, site.data.areaByCode.get('058')!, 'en');
    const rate2018 = city.rows.filter(
      (r) => r.indicator === 'Poverty rate to reach' && r.period === '2018',
    );
    expect(rate2018.map((r) => [r.target, r.result, r.verdict])).toEqual([
      ['2.2%', '2.24%', 'not_reached'],
      ['2.4%', '2.24%', 'reached'],
      ['2.4%', '2.24%', 'reached'],
    ]);
    const net = city.rows.find((r) => r.indicator.startsWith('Net fall') && r.period === '2018');
    expect(net?.arithmetic).toContain('282 (end of 2017) − 257 (end of 2018) = 25');
    expect(net?.verdict).toBe('not_reached');
  });

  it('on the real data: Ba Bể 2018 escaped households 351 against 420–473, and no invented figure', async () => {
    const site = await loadSite(REAL_DATA);
    const page = scorecardPage(site, 'vi');
    const babe = page.areas.find((a) => a.code === '061')!;
    const escaped = babe.rows.find((r) => r.period === '2018' && r.target.includes('420'));
    expect(escaped).toMatchObject({ result: '351 hộ', verdict: 'not_reached' });
    // Housing targets of 2020 have no completion figure: said plainly, per target.
    const housing = page.areas
      .flatMap((a) => a.rows)
      .filter(
        (r) => r.indicator.startsWith('Hộ nghèo được hỗ trợ nhà') || r.target.endsWith(' hộ'),
      );
    expect(housing.length).toBeGreaterThan(0);
    expect(page.summary).toMatch(/^\d+ chỉ tiêu/);
  });
});
