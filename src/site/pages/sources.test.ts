import { describe, expect, it } from 'vitest';
import { REAL_DATA, VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { loadSite } from '../loadSite.ts';
import { sourcesPage } from './sources.ts';

describe('sourcesPage on the valid fixture', async () => {
  const { sources } = sourcesPage(await loadSite(VALID_FIXTURE), 'en');
  const report = sources.find((s) => s.source.id === 'test-report')!;

  it('lists the sources newest first, an undated one last', () => {
    expect(sources.map((s) => [s.source.id, s.published, s.kind])).toEqual([
      ['test-report', '8 April 2019', 'Report'],
      ['test-long', 'no date shown', 'News item'],
    ]);
  });

  it('lists every figure that cites a source, linked to where it is shown', () => {
    expect(report.citations).toContainEqual({
      text: 'Đồng Đăng district, end of 2018',
      href: '/en/areas/091/#poverty',
    });
    expect(report.citations).toContainEqual({
      text: 'Thử Nghiệm province, 2016–2020: Funding, Project 1: Programme 30a',
      href: '/en/areas/09/#funding',
    });
    expect(report.citations).toContainEqual({
      text: 'Đồng Đăng district: Poor district under Programme 30a',
      href: '/en/areas/091/#status',
    });
    expect(report.citations).toContainEqual({
      text: 'Chợ Mẫu city, 2020: Poverty rate to reach (Plan / target)',
      href: '/en/areas/092/#poverty',
    });
    expect(report.citations).toContainEqual({ text: 'Chợ Mẫu city', href: '/en/areas/092/' });
    expect(report.citations).toHaveLength(15);
    expect(sources.find((s) => s.source.id === 'test-long')!.citations).toHaveLength(1);
  });
});

describe('sourcesPage on the published data', async () => {
  const site = await loadSite(REAL_DATA);

  it('links national figures to the province national block, the country having no page', () => {
    const { sources } = sourcesPage(site, 'vi');
    const national = sources.find((s) => s.source.id === 'national-talkvietnam-2020-review')!;
    expect(national.citations.map((c) => c.href)).toEqual(['/dia-ban/06/#national-06']);
  });
});
