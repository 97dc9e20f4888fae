import { describe, expect, it } from 'vitest';
import { columnsOf, DATASETS } from '../schemas/datasets.ts';
import { columnInfos, readRow } from './cells.ts';
import { compileRowReader } from './fastRow.ts';
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
    // Everything but the location is the facts the message quotes.
    problems: problems.map(({ code, line, column, column_number, value, expected, ...facts }) => {
      void value;
      void expected;
      return { code, line, column, column_number, facts };
    }),
  };
}

describe('readRow', () => {
  it.each([
    // [column, raw, code, column number, facts]
    [
      'allocated_million_vnd',
      '146,500',
      'cell/ambiguous-number',
      9,
      { thousands: '146500', decimal: '146.5' },
    ],
    [
      'allocated_million_vnd',
      '80.276',
      'cell/ambiguous-number',
      9,
      { thousands: '80276', decimal: '80.2760' },
    ],
    ['allocated_million_vnd', '1.234.567', 'cell/thousands-separator', 9, { fix: '1234567' }],
    ['allocated_million_vnd', '1234,5', 'cell/decimal-comma', 9, { fix: '1234.5' }],
    ['allocated_million_vnd', '0100', 'cell/leading-zero', 9, { fix: '100' }],
    [
      'allocated_million_vnd',
      '1\u200b000',
      'cell/invisible-character',
      9,
      { characters: 'U+200B' },
    ],
    ['area_code', '0\u200b9', 'cell/invisible-character', 3, { characters: 'U+200B' }],
    ['area_code', '0\u00a09', 'cell/invisible-character', 3, { characters: 'U+00A0' }],
    ['area_code', '\ufeff09', 'cell/invisible-character', 3, { characters: 'U+FEFF' }],
    ['project', 'DA1\u202e', 'cell/invisible-character', 4, { characters: 'U+202E' }],
    ['capital_type', 'invest\u0000ment', 'cell/invisible-character', 7, { characters: 'U+0000' }],
    ['source_id', 'test\u00adreport', 'cell/invisible-character', 11, { characters: 'U+00AD' }],
    ['year_basis', 'stated\u200b', 'cell/invisible-character', 12, { characters: 'U+200B' }],
    ['year_basis', 'guessed', 'cell/enum', 12, {}],
    ['year_basis', '', 'cell/required', 12, {}],
    [
      'source_quote',
      'Câu\u200b của nguồn',
      'cell/invisible-character',
      13,
      { characters: 'U+200B' },
    ],
    ['source_quote', ' Câu của nguồn.', 'cell/whitespace', 13, {}],
    [
      'note_vi',
      'Ghi\u200b chú\t\u200b',
      'cell/invisible-character',
      14,
      { characters: 'U+200B, U+0009' },
    ],
    ['note_vi', ' Ghi chú.', 'cell/whitespace', 14, {}],
    [
      'note_en',
      'A\u200b note\t\u200b',
      'cell/invisible-character',
      15,
      { characters: 'U+200B, U+0009' },
    ],
    ['note_en', 'A \u001b[2J note', 'cell/invisible-character', 15, { characters: 'U+001B' }],
    ['note_en', ' A note.', 'cell/whitespace', 15, {}],
    [
      'disbursed_exceeds_allocated',
      'yes\u200b',
      'cell/invisible-character',
      16,
      { characters: 'U+200B' },
    ],
    ['disbursed_exceeds_allocated', 'no', 'cell/enum', 16, {}],
  ])('%s %j → %s', (column, raw, code, columnNumber, facts) => {
    const { problems } = problemsOf(row(column, raw));
    expect(problems).toEqual([{ code, line: 7, column, column_number: columnNumber, facts }]);
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
