import { describe, expect, it } from 'vitest';
import { columnsOf, DATASETS } from '../schemas/datasets.ts';
import { columnInfos, compileRowReader, readRow } from './cells.ts';
import type { ProblemInput } from './makeProblem.ts';

const columns = columnsOf(DATASETS.funding);
const infos = [...columnInfos(columns, new Map(columns.map((c, i) => [c.name, i]))).values()];
const VALID = ['2016', '2020', '09', 'DA1', 'TDA1', 'central_budget', 'investment', 'exact'];
/** A funding row with one cell changed (ASCII only, so the fast path reads it too). */
function row(column: string, raw: string): string[] {
  const cells = [
    ...VALID,
    '1000',
    '900',
    'test-report',
    'stated',
    'As printed.',
    'Note in Vietnamese.',
    'A note.',
    '',
  ];
  cells[columns.findIndex((c) => c.name === column)] = raw;
  return cells;
}
function problemsOf(cells: string[]) {
  const problems: ProblemInput[] = [];
  const value = readRow(cells, infos, 7, problems);
  return {
    value,
    problems: problems.map(({ code, line, column, column_number, a, b }) => ({
      code,
      line,
      column,
      column_number,
      a,
      b,
    })),
  };
}

describe('readRow', () => {
  it.each([
    // [column, raw, code, column number, a, b]
    ['allocated_million_vnd', '146,500', 'cell/ambiguous-number', 9, '146500', '146.5'],
    ['allocated_million_vnd', '80.276', 'cell/ambiguous-number', 9, '80276', '80.2760'],
    ['allocated_million_vnd', '1.234.567', 'cell/thousands-separator', 9, '1234567', undefined],
    ['allocated_million_vnd', '1234,5', 'cell/decimal-comma', 9, '1234.5', undefined],
    ['allocated_million_vnd', '0100', 'cell/leading-zero', 9, '100', undefined],
    ['allocated_million_vnd', '1\u200b000', 'cell/invisible-character', 9, 'U+200B', undefined],
    ['area_code', '0\u200b9', 'cell/invisible-character', 3, 'U+200B', undefined],
    ['area_code', '0\u00a09', 'cell/invisible-character', 3, 'U+00A0', undefined],
    ['area_code', '\ufeff09', 'cell/invisible-character', 3, 'U+FEFF', undefined],
    ['project', 'DA1\u202e', 'cell/invisible-character', 4, 'U+202E', undefined],
    ['capital_type', 'invest\u0000ment', 'cell/invisible-character', 7, 'U+0000', undefined],
    ['source_id', 'test\u00adreport', 'cell/invisible-character', 11, 'U+00AD', undefined],
    ['year_basis', 'stated\u200b', 'cell/invisible-character', 12, 'U+200B', undefined],
    ['year_basis', 'guessed', 'cell/enum', 12, undefined, undefined],
    ['year_basis', '', 'cell/required', 12, undefined, undefined],
    ['source_quote', 'Câu\u200b của nguồn', 'cell/invisible-character', 13, 'U+200B', undefined],
    ['source_quote', ' Câu của nguồn.', 'cell/whitespace', 13, undefined, undefined],
    [
      'note_vi',
      'Ghi\u200b chú\t\u200b',
      'cell/invisible-character',
      14,
      'U+200B, U+0009',
      undefined,
    ],
    ['note_vi', ' Ghi chú.', 'cell/whitespace', 14, undefined, undefined],
    [
      'note_en',
      'A\u200b note\t\u200b',
      'cell/invisible-character',
      15,
      'U+200B, U+0009',
      undefined,
    ],
    ['note_en', 'A \u001b[2J note', 'cell/invisible-character', 15, 'U+001B', undefined],
    ['note_en', ' A note.', 'cell/whitespace', 15, undefined, undefined],
    [
      'disbursed_exceeds_allocated',
      'yes\u200b',
      'cell/invisible-character',
      16,
      'U+200B',
      undefined,
    ],
    ['disbursed_exceeds_allocated', 'no', 'cell/enum', 16, undefined, undefined],
  ])('%s %j → %s', (column, raw, code, columnNumber, a, b) => {
    const { problems } = problemsOf(row(column, raw));
    expect(problems).toEqual([{ code, line: 7, column, column_number: columnNumber, a, b }]);
  });

  it.each([['note_vi'], ['note_en'], ['source_quote']])(
    'accepts a line break inside %s and reads the row like the fast path',
    (column) => {
      const cells = row(column, 'Line one.\nLine two.');
      const { value, problems } = problemsOf(cells);
      expect(problems).toEqual([]);
      expect(value).toMatchObject({
        [column]: 'Line one.\nLine two.',
        allocated_million_vnd: 1000,
      });
      expect(compileRowReader(infos)(cells)).toEqual(value);
    },
  );

  it.each([['A\tnote'], ['A\u0000note'], ['A\u200bnote']])(
    'leaves %j to the explaining reader: the fast path refuses it too',
    (note) => {
      expect(compileRowReader(infos)(row('note_en', note))).toBeUndefined();
      expect(compileRowReader(infos)(row('note_vi', note))).toBeUndefined();
    },
  );

  it('reports a legacy-encoded note once', () => {
    expect(problemsOf(row('note_vi', 'B¾c K¹n\u200b')).problems.map((p) => p.code)).toEqual([
      'cell/legacy-encoding',
    ]);
  });
});
