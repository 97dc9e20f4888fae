import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackedSet, PagedLines, type FirstLines } from './firstLines.ts';

/** What a table must answer, kept in a plain Map. */
function model(ops: [number, number][]) {
  const seen = new Map<number, number>();
  return ops.map(([key, line]) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    return first ?? -1;
  });
}

const keys = fc.oneof(
  fc.integer({ min: 0, max: 5000 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER - 1 }),
);
// Lines past 2^32 − 1 are kept beside the 32-bit arrays.
const lines = fc.oneof(
  fc.integer({ min: 2, max: 1e6 }),
  fc.integer({ min: 2 ** 32 - 3, max: 2 ** 40 }),
);
const ops = fc.array(fc.tuple(keys, lines), { maxLength: 400 });

describe('first-line tables', () => {
  for (const [name, make] of [
    ['PagedLines', () => new PagedLines()],
    ['PackedSet', () => new PackedSet()],
  ] as const) {
    it(`${name} answers as a Map would`, () => {
      fc.assert(
        fc.property(ops, (list) => {
          const table: FirstLines = make();
          expect(list.map(([k, l]) => table.firstLine(k, l))).toEqual(model(list));
        }),
      );
    });
  }

  it('a paged table handed over to a hash table keeps every first line', () => {
    fc.assert(
      fc.property(ops, ops, (before, after) => {
        const paged = new PagedLines();
        for (const [k, l] of before) paged.firstLine(k, l);
        const set = PackedSet.from(paged.entries());
        const answers = after.map(([k, l]) => set.firstLine(k, l));
        expect(answers).toEqual(model([...before, ...after]).slice(before.length));
      }),
    );
  });

  it('calls keys spread one to a page sparse, and dense keys not', () => {
    const spread = new PagedLines();
    for (let i = 0; i < 300; i++) spread.firstLine(i * 1024 * 1024, i + 2);
    expect(spread.sparse).toBe(true);
    const dense = new PagedLines();
    for (let i = 0; i < 300 * 1024; i++) dense.firstLine(i, i + 2);
    expect(dense.sparse).toBe(false);
  });
});
