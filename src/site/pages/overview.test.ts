import { describe, expect, it } from 'vitest';
import { REAL_DATA, VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { loadSite } from '../loadSite.ts';
import { overviewPage } from './overview.ts';

describe('overviewPage on the valid fixture', async () => {
  const site = await loadSite(VALID_FIXTURE);

  it('heads the page with the province and the programme period', () => {
    const p = overviewPage(site, 'vi');
    expect(p.heading).toBe('Giảm nghèo bền vững Thử Nghiệm 2016–2020');
    expect(p.province).toMatchObject({ name: 'Tỉnh Thử Nghiệm', href: '/dia-ban/09/' });
  });

  it('shows the latest rate, the change over stated years, and the poor households', () => {
    expect(overviewPage(site, 'en').figures).toEqual([
      {
        label: 'Poverty rate, end of 2019',
        value: '19.93%',
        status: 'preliminary',
        yearBasis: 'stated',
        sourceIds: ['test-report'],
      },
      {
        label: 'Change since end of 2018',
        value: '-0.07 points',
        computed: true,
        note: undefined,
        sourceIds: ['test-report', 'test-report'],
      },
      {
        label: 'Poor households, end of 2018',
        value: '200',
        status: 'final',
        yearBasis: 'stated',
        sourceIds: ['test-report'],
      },
    ]);
  });

  it('says no escaped households are published, and gives no fall from a single year', () => {
    const p = overviewPage(site, 'en');
    expect(p.escapedPublished).toBe(false);
    expect(p.netFall).toBeUndefined();
  });

  it('lists the province programme money only', () => {
    expect(overviewPage(site, 'vi').money.map((f) => f.project)).toEqual(['DA1', 'DA2']);
  });

  it('gives each district its latest rate with status, or none', () => {
    expect(overviewPage(site, 'vi').districts).toEqual([
      {
        name: 'Huyện Đồng Đăng',
        href: '/dia-ban/091/',
        rate: { value: '25%', when: 'cuối năm 2018', status: 'final', yearBasis: 'stated' },
      },
      {
        name: 'Thành phố Chợ Mẫu',
        href: '/dia-ban/092/',
        rate: { value: '12,5%', when: 'cuối năm 2018', status: 'final', yearBasis: 'stated' },
      },
    ]);
  });

  it('counts the published poverty-rate cells as the coverage page does', () => {
    // 3 areas × 6 review years, of which 4 cells have a rate.
    expect(overviewPage(site, 'en').gaps).toBe(
      'Of the 18 poverty-rate cells (areas × years 2015–2020), only 4 have a published figure. We do not estimate or fill the empty ones.',
    );
  });
});

describe('overviewPage on the published data', async () => {
  const site = await loadSite(REAL_DATA);
  const p = overviewPage(site, 'vi');

  it('runs the change from the earliest stated year and names the inferred baseline', () => {
    expect(p.figures[0]!.value).toBe('18,50%');
    expect(p.figures[1]).toMatchObject({
      label: 'Thay đổi so với cuối năm 2016',
      value: '-8,11 điểm %',
      computed: true,
    });
    expect(p.figures[1]!.note).toContain('29,4%');
  });

  it('lists every district of Bắc Kạn', () => {
    expect(p.districts.map((d) => d.name)).toEqual([
      'Thành phố Bắc Kạn',
      'Huyện Pác Nặm',
      'Huyện Ba Bể',
      'Huyện Ngân Sơn',
      'Huyện Bạch Thông',
      'Huyện Chợ Đồn',
      'Huyện Chợ Mới',
      'Huyện Na Rì',
    ]);
  });
});
