import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDir, VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { loadSite } from '../loadSite.ts';
import { areasPage } from './areas.ts';

describe('areasPage with one province', async () => {
  const page = areasPage(await loadSite(VALID_FIXTURE), 'vi');

  it('lists the province, then its districts in the open, with no filter', () => {
    expect(page.grouped).toBe(false);
    expect(page.sections.map((s) => [s.wrap, s.summary, s.tables.map((t) => t.id)])).toEqual([
      ['div', undefined, ['areas-province']],
      ['div', undefined, ['areas-district']],
    ]);
    expect(page.sections[1]!.tables[0]!.caption).toBe('Huyện, thành phố');
  });

  it('gives each unit its latest rate as printed, its year and its 30a years', () => {
    const [dongDang, choMau] = page.sections[1]!.tables[0]!.rows;
    expect(dongDang).toMatchObject({
      name: 'Huyện Đồng Đăng',
      href: '/dia-ban/091/',
      fold: undefined,
      rate: { value: '25%', sort: 25, year: 2018 },
      status30a: '2016–2020',
    });
    expect(choMau).toMatchObject({ rate: { value: '12,5%', sort: 12.5 }, status30a: '' });
    const [province] = page.sections[0]!.tables[0]!.rows;
    expect(province!.rate).toMatchObject({ value: '19,93%', year: 2019 });
    expect(province!.rate!.row.status).toBe('preliminary');
  });

  it('shows the districts chart of the site province', () => {
    expect(page.districtsChart?.id).toBe('districts-poverty');
  });
});

describe('areasPage with several provinces', async () => {
  const dir = await fixtureDir({
    'areas.csv': (text) =>
      `${text}10,province,,Hai Sông,tỉnh,21.5,105.2,test-report,test-report\n` +
      `101,district,10,Bến Đò,huyện,21.6,105.3,test-report,test-report\n`,
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const page = areasPage(await loadSite(dir), 'en');

  it('groups each province units under a summary that counts them, foldable for the filter', () => {
    expect(page.grouped).toBe(true);
    expect(page.sections.map((s) => [s.wrap, s.summary, s.fold])).toEqual([
      ['div', undefined, undefined],
      ['details', 'Thử Nghiệm province (2 units)', 'thu nghiem province 09'],
      ['details', 'Hai Sông province (1 units)', 'hai song province 10'],
    ]);
    expect(page.sections[2]!.tables[0]).toMatchObject({
      id: 'areas-district-10',
      caption: 'Districts and city: Hai Sông province',
    });
    const [benDo] = page.sections[2]!.tables[0]!.rows;
    expect(benDo).toMatchObject({
      name: 'Bến Đò district',
      fold: 'ben do district 101',
      rate: undefined,
    });
  });
});
