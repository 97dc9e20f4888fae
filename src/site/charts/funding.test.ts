/** The funding chart's unit note says the units its labels are written in. */
import { describe, expect, it } from 'vitest';
import { REAL_DATA, VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { loadSite } from '../loadSite.ts';
import { unitsOf } from './funding.ts';

describe('unitsOf', () => {
  it('names the units formatMoney writes', () => {
    expect(unitsOf('vi', [17500])).toBe('tỷ đồng');
    expect(unitsOf('vi', [900.5])).toBe('triệu đồng');
    expect(unitsOf('en', [17500, 900.5])).toBe('VND billion or VND million');
  });
});

for (const [name, dir] of [
  ['fixture', VALID_FIXTURE],
  ['real data', REAL_DATA],
] as const) {
  describe(`funding charts' unit notes (${name})`, async () => {
    const { charts } = await loadSite(dir);
    const funding = [...charts.values()].filter((c) => c.id.startsWith('funding-'));
    it('has funding charts', () => expect(funding.length).toBeGreaterThan(0));
    for (const chart of funding) {
      it(`${chart.id}: every unit in the labels is in the note, and no other`, () => {
        for (const lang of ['vi', 'en'] as const) {
          const svg = chart.svg(lang, 'wide');
          const note = chart.notes(lang)[0]!;
          const words =
            lang === 'vi'
              ? { billion: 'tỷ đồng', million: 'triệu đồng' }
              : { billion: 'VND billion', million: 'VND million' };
          const inLabels = {
            billion: lang === 'vi' ? svg.includes(' tỷ đồng<') : svg.includes(' billion<'),
            million: lang === 'vi' ? svg.includes(' triệu đồng<') : svg.includes(' million<'),
          };
          expect(note.includes(words.billion), `${lang} billion`).toBe(inLabels.billion);
          expect(note.includes(words.million), `${lang} million`).toBe(inLabels.million);
        }
      });
    }
  });
}
