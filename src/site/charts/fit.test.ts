/**
 * Every text of every chart lies inside its drawing: the fixture's charts and the real data's,
 * in both languages, at the phone and the wide size. The page shows the same SVG, and the
 * published SVG and PNG are drawn from it, so a label cut off there fails here. Boxes are
 * estimated with the measure the layout uses (lib/charts/textMetrics.ts); the browser check
 * (test/browser/checks/chartText.ts) measures the same with Chromium's own getBBox().
 */
import { describe, expect, it } from 'vitest';
import { REAL_DATA, VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { textOutside } from '../../lib/charts/textBoxes.ts';
import { loadSite } from '../loadSite.ts';

for (const [name, dir] of [
  ['the fixture', VALID_FIXTURE],
  ['the real data', REAL_DATA],
] as const) {
  describe(`every chart text fits its drawing (${name})`, async () => {
    const { charts } = await loadSite(dir);
    it('has charts to check', () => expect(charts.size).toBeGreaterThan(0));
    for (const chart of charts.values()) {
      for (const lang of ['vi', 'en'] as const) {
        for (const size of ['narrow', 'wide'] as const) {
          it(`${chart.id} ${lang} ${size}`, () => {
            expect(textOutside(chart.svg(lang, size))).toEqual([]);
          });
        }
      }
    }
  });
}
