import { describe, expect, it } from 'vitest';
import { columnsOf, DATASETS } from '../schemas/datasets.ts';
import { planRows, type SheetRow } from './mergeRows.ts';

// Columns from the schema, so the tests follow the dataset as it changes.
const COLUMNS = columnsOf(DATASETS.poverty);
const NAMES = COLUMNS.map((c) => c.name);
const HEADER = NAMES.join(',');
/** A text column outside the key, where "1.0" must stay "1.0". */
const TEXT = COLUMNS.find(
  (c) => c.meta.type === 'string' && !(DATASETS.poverty.key as readonly string[]).includes(c.name),
)!.name;
const at = (cells: Record<string, string>) => NAMES.map((n) => cells[n] ?? '');
/** A poverty row: the key (year, area 06, final, source s) and the given cells. */
const r = (year: string, cells: Record<string, string> = {}) =>
  at({ year, area_code: '06', status: 'final', source_id: 's', ...cells }).join(',');
const row = (line: string): string[] => line.split(',');
const sheet = (...lines: string[]): SheetRow[] =>
  lines.map((l, i) => ({ cells: row(l), excelRow: i + 2 }));
const file = (...lines: string[]) => `${[HEADER, ...lines].join('\n')}\n`;

const A = r('2018', { poverty_rate_pct: '20' });
const B = r('2019', { poverty_rate_pct: '19' });
const C = r('2020', { poverty_rate_pct: '18' });

function plan(committed: string | undefined, rows: SheetRow[], replace = false) {
  const result = planRows('poverty', committed, rows, replace);
  if (!result.ok) throw new Error(result.reason_en);
  return result.plan;
}

describe('planRows', () => {
  it('without replace, adds and changes rows and keeps those the sheet lacks, in file order', () => {
    const B2 = r('2019', { poverty_rate_pct: '19.5' });
    const p = plan(file(A, B), sheet(B2, C));
    expect(p.added.map((r) => r.excelRow)).toEqual([3]);
    expect(p.changed).toEqual([
      {
        excelRow: 2,
        key: ['2019', '06', 'final', 's'],
        cells: [{ column: 'poverty_rate_pct', from: '19', to: '19.5' }],
      },
    ]);
    expect(p.kept).toEqual([row(A)]);
    expect(p.removed).toEqual([]);
    expect(p.text).toBe(file(A, B2, C));
    // Kept rows come from the file, not the sheet: only sheet rows have an Excel row.
    expect([...p.rowOfLine]).toEqual([
      [1, 1],
      [3, 2],
      [4, 3],
    ]);
  });

  it('with replace, the sheet is the whole file and the rows it lacks are removed', () => {
    const p = plan(file(A, B), sheet(C, B), true);
    expect(p.removed).toEqual([row(A)]);
    expect(p.kept).toEqual([]);
    expect(p.text).toBe(file(C, B));
  });

  it('leaves the file as it is when the sheet holds only rows it has', () => {
    const committed = `${HEADER}\n"2018"${A.slice(4)}\n${B}\n`;
    const p = plan(committed, sheet(B));
    expect(p).toMatchObject({ unchanged: true, text: committed, added: [], changed: [] });
    expect(p.kept).toHaveLength(1);
  });

  it('keeps how a number was written when Excel gives back the same number', () => {
    const rates = (a: string, b: string) =>
      r('2019', { poverty_rate_pct: a, near_poverty_rate_pct: b });
    const p = plan(file(rates('19.90', '10.80')), sheet(rates('19.9', '10.9')));
    expect(p.changed[0]!.cells).toEqual([
      { column: 'near_poverty_rate_pct', from: '10.80', to: '10.9' },
    ]);
    expect(p.text).toBe(file(rates('19.90', '10.9')));
  });

  it('leaves text columns as typed, even when they read as the same number', () => {
    const p = plan(file(r('2019', { [TEXT]: '1.0' })), sheet(r('2019', { [TEXT]: '1' })));
    expect(p.changed[0]!.cells).toEqual([{ column: TEXT, from: '1.0', to: '1' }]);
  });

  it('matches a key that occurs twice occurrence by occurrence, losing neither row', () => {
    const twin = r('2018', { poverty_rate_pct: '21' });
    const p = plan(file(A, twin), sheet(A));
    expect(p.kept).toEqual([row(twin)]);
    expect(p.text).toBe(file(A, twin));
  });

  it('lists every row of a new file as added', () => {
    const p = plan(undefined, sheet(A, B));
    expect(p.added).toHaveLength(2);
    expect(p.unchanged).toBe(false);
    expect(p.text).toBe(file(A, B));
  });

  it('refuses to merge into a file it cannot read row by row, unless replacing', () => {
    const broken = `${HEADER}\n${A},extra\n`;
    const merged = planRows('poverty', broken, sheet(B), false);
    expect(merged).toMatchObject({ ok: false });
    if (!merged.ok) {
      expect(merged.reason_vi).toContain('--replace poverty');
      expect(merged.reason_en).toContain(`line 2 has ${NAMES.length + 1} cells`);
    }
    const replaced = planRows('poverty', broken, sheet(B), true);
    expect(replaced.ok && replaced.plan.removed).toHaveLength(1);
  });
});
