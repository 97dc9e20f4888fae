import { describe, expect, it } from 'vitest';
import { columnsOf, DATASETS } from '../../schemas/datasets.ts';
import type { References } from './context.ts';
import { packedUniqueKey } from './keyIndex.ts';

const columns = columnsOf(DATASETS.poverty);
const key = DATASETS.poverty.key.map((n) => columns.find((c) => c.name === n)!);
const refs: References = { areas: new Map(), sources: new Map() };
for (let a = 0; a < 300; a++) refs.areas.set(String(a).padStart(3, '0'), { level: 'district' });
for (let s = 0; s < 20; s++) refs.sources.set(`src-${s}`, {});

function* rows() {
  for (let year = 2010; year < 2022; year++)
    for (let a = 0; a < 310; a++)
      // the last ten codes are unknown: the exact-string road
      for (const status of ['final', 'preliminary'])
        for (let s = 0; s < 7; s++)
          yield { year, area_code: String(a).padStart(3, '0'), status, source_id: `src-${s}` };
}

describe('packedUniqueKey', () => {
  it('reports no false duplicate among many distinct keys, then every true one', () => {
    const check = packedUniqueKey(key)();
    let line = 1;
    for (const row of rows()) expect(check.add(row, ++line, refs)).toBeUndefined();
    const firstOf = line;
    line = 1;
    let duplicates = 0;
    for (const row of rows()) {
      const problem = check.add({ ...row }, firstOf + ++line, refs);
      expect(problem).toMatchObject({ code: 'row/duplicate-key', firstLine: line });
      duplicates++;
    }
    expect(duplicates).toBe(12 * 310 * 2 * 7);
  });

  it('tells an empty optional cell from every value', () => {
    const check = packedUniqueKey(key)();
    expect(check.add({ year: 2019, area_code: '001', status: 'final' }, 2, refs)).toBeUndefined();
    expect(
      check.add({ year: 2019, area_code: '001', status: 'final', source_id: 'src-0' }, 3, refs),
    ).toBeUndefined();
    expect(check.add({ year: 2019, area_code: '001', status: 'final' }, 4, refs)).toMatchObject({
      firstLine: 2,
    });
  });

  it('finds every duplicate when its keys spread thinly and move to a hash table', () => {
    const many: References = { areas: refs.areas, sources: new Map() };
    for (let s = 0; s < 600; s++) many.sources.set(`src-${s}`, {});
    const check = packedUniqueKey(key)();
    // One row a source: each key on a page of its own, so the pages give way to a hash table.
    const row = (s: number) => ({
      year: 2019,
      area_code: '001',
      status: 'final',
      source_id: `src-${s}`,
    });
    for (let s = 0; s < 600; s++) expect(check.add(row(s), s + 2, many)).toBeUndefined();
    for (let s = 0; s < 600; s++)
      expect(check.add(row(s), 1000 + s, many)).toMatchObject({ firstLine: s + 2 });
  });
});
