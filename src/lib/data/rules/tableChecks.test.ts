/**
 * District sums keyed by packed integers report exactly what the string-keyed version did
 * (reference/districtSumsReference.ts), over random rows — with few bits per part too, so that
 * some groups take the string road and the two roads mix in one file.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { districtSumsReference } from '../reference/districtSumsReference.ts';
import type { References } from './context.ts';
import { districtSums } from './tableChecks.ts';

const refs: References = { areas: new Map(), sources: new Map() };
for (const p of ['01', '02', '03']) {
  refs.areas.set(p, { level: 'province' });
  for (const d of ['1', '2', '3'].slice(0, Number(p[1]))) {
    refs.areas.set(`${p}${d}`, { level: 'district', parent_code: p });
  }
}
refs.areas.set('0101', { level: 'commune', parent_code: '011' });
const codes = [...refs.areas.keys(), '999'];

const measure = fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined });
const row = fc.record({
  year: fc.option(fc.constantFrom(2019, 2020, 2021, 2022, 2023), { nil: undefined }),
  status: fc.constantFrom('final', 'preliminary', 'unspecified', ''),
  area_code: fc.constantFrom(...codes),
  a: measure,
  b: measure,
  skipped: fc.boolean(),
});

it('agrees with the string-keyed reference', () => {
  let reported = 0;
  fc.assert(
    fc.property(
      fc.array(row, { maxLength: 60 }),
      fc.constantFrom(undefined, 1, 2),
      fc.boolean(),
      (rows, packBits, useSkip) => {
        const options = {
          group: ['year', 'status'],
          measures: ['a', 'b'],
          skip: useSkip ? (r: { skipped: boolean }) => r.skipped : undefined,
        };
        const fast = districtSums<(typeof rows)[number]>({ ...options, packBits })();
        const slow = districtSumsReference<(typeof rows)[number]>(options)();
        rows.forEach((r, i) => {
          fast.add(r, i + 2, refs);
          slow.add(r, i + 2, refs);
        });
        const problems = fast.finish();
        if (problems.length > 0) reported++;
        expect(problems).toEqual(slow.finish());
      },
    ),
    { numRuns: 3000 },
  );
  // The rows must make sums that fail, or this would prove little.
  expect(reported).toBeGreaterThan(20);
});
