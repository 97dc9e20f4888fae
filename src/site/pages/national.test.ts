import { describe, expect, it } from 'vitest';
import { REAL_DATA, VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { loadSite } from '../loadSite.ts';
import { nationalFigures } from './national.ts';

describe('nationalFigures', () => {
  it('is absent when the data holds no national figure', async () => {
    const site = await loadSite(VALID_FIXTURE);
    expect(nationalFigures(site, site.data.province, 'vi')).toBeUndefined();
  });

  it('sets the national rate beside the province, the gap computed, the missing years named', async () => {
    const site = await loadSite(REAL_DATA);
    const block = nationalFigures(site, site.data.province, 'en')!;
    expect(block.id).toBe('national-06');
    expect(block.heading).toBe('Bắc Kạn province and Viet Nam (whole country)');
    expect(block.figures).toEqual([
      {
        label: 'Viet Nam (whole country): poverty rate, end of 2020',
        value: '2.75%',
        status: 'preliminary',
        yearBasis: 'stated',
        sourceIds: ['national-talkvietnam-2020-review'],
      },
      {
        label: 'Gap between Bắc Kạn province and Viet Nam (whole country), end of 2020',
        value: '15.75 points',
        computed: true,
        note: 'Bắc Kạn province 18.50% minus Viet Nam (whole country) 2.75%, in percentage points.',
        sourceIds: ['baobackan-2021-poverty-targets', 'national-talkvietnam-2020-review'],
      },
    ]);
    expect(block.missing).toBe('Viet Nam (whole country): no figure published for end of 2019.');
  });
});
