/**
 * Quotes as staff write them in notes and source quotes, and as a hostile tester places them.
 * The rows written here end in their English note (note_en), the cell each case attacks.
 */
import { appendLine, replaceLine, type Edit } from '../../helpers/fixtureDir.ts';
import type { CorpusCase } from '../corpusCase.ts';

/** A targets row up to its last cell, note_en; the Vietnamese note is filled. */
const TARGET = '2020,2020,091,poverty_rate_pct,exact,3,,test-report,stated,,Ghi chú.';
/** Replaces the first occurrence of `from` in a file. */
const swap =
  (from: string, to: string): Edit =>
  (text) => {
    if (!text.includes(from)) throw new Error(`fixture lacks ${from}`);
    return text.replace(from, to);
  };

export const cases: CorpusCase[] = [
  {
    kind: 'validate',
    name: 'real targets.csv: a source quote that starts with a quoted phrase (row 2 would swallow row 3)',
    realData: true,
    edits: {
      'targets.csv': swap(
        ',mục tiêu đến hết năm có thêm 2.133 hộ thoát nghèo,',
        ',"mục tiêu" đến hết năm có thêm 2.133 hộ thoát nghèo,',
      ),
    },
    expect: [
      { code: 'cell/text-after-quote', file: 'targets.csv', line: 2, column: 'source_quote' },
    ],
  },
  {
    kind: 'validate',
    name: 'real poverty.csv: the same slip in the note of the first row',
    realData: true,
    edits: {
      'poverty.csv': swap("\"Source says 'baseline'", '"Source says" \'baseline\''),
    },
    expect: [{ code: 'cell/text-after-quote', file: 'poverty.csv', line: 2, column: 'note_en' }],
  },
  {
    kind: 'validate',
    name: 'a quoted phrase then text, on the fixture',
    edits: { 'targets.csv': appendLine(`${TARGET},"Mục tiêu" đến hết năm`) },
    expect: [{ code: 'cell/text-after-quote', file: 'targets.csv', line: 4, column: 'note_en' }],
  },
  {
    kind: 'validate',
    name: 'a quote inside a plain note (inches mark)',
    edits: { 'targets.csv': appendLine(`${TARGET},ống 5" dài`) },
    expect: [{ code: 'cell/quote-inside', file: 'targets.csv', line: 4, column: 'note_en' }],
  },
  {
    kind: 'validate',
    name: 'a quote inside a plain name',
    edits: { 'areas.csv': swap('Đồng Đăng', 'Đồng "Đăng') },
    expect: [{ code: 'cell/quote-inside', file: 'areas.csv', line: 3, column: 'name' }],
  },
  {
    kind: 'validate',
    name: 'a quote that never closes, in the last row',
    edits: { 'targets.csv': appendLine(`${TARGET},"mở mà không đóng`) },
    expect: [{ code: 'file/quotes', file: 'targets.csv', line: 4 }],
  },
  {
    kind: 'validate',
    name: 'a quote that never closes, before other rows',
    edits: {
      'poverty.csv': replaceLine(
        3,
        '2018,091,final,600,150,60,25,10,30,5,test-report,stated,,Ghi chú.,"mở',
      ),
    },
    expect: [{ code: 'file/quotes', file: 'poverty.csv', line: 3 }],
  },
  {
    kind: 'validate',
    name: 'a closing quote followed by spaces',
    edits: { 'targets.csv': appendLine(`${TARGET},"ghi chú"  `) },
    expect: [{ code: 'cell/text-after-quote', file: 'targets.csv', line: 4 }],
  },
  {
    kind: 'validate',
    name: 'a space before an opening quote',
    edits: { 'targets.csv': appendLine(`${TARGET}, "ghi chú"`) },
    expect: [{ code: 'cell/quote-inside', file: 'targets.csv', line: 4 }],
  },
  {
    kind: 'validate',
    name: 'a single quote character as a whole cell',
    edits: { 'targets.csv': appendLine(`${TARGET},"`) },
    expect: [{ code: 'file/quotes', file: 'targets.csv', line: 4 }],
  },
  {
    kind: 'validate',
    name: 'a tripled quote that leaves the cell open',
    edits: { 'targets.csv': appendLine(`${TARGET},"""trích dẫn""`) },
    expect: [{ code: 'file/quotes', file: 'targets.csv', line: 4 }],
  },
  {
    kind: 'validate',
    name: 'a quoted number',
    edits: {
      'targets.csv': appendLine('2020,2020,091,poverty_rate_pct,exact,"3",,test-report,stated,,,'),
    },
    expect: 'accepted',
  },
  {
    kind: 'validate',
    name: 'doubled quotes inside a quoted note',
    edits: { 'targets.csv': appendLine(`${TARGET},"""Mục tiêu"" đến hết năm"`) },
    expect: 'accepted',
  },
  {
    kind: 'validate',
    name: 'a comma inside a quoted note',
    edits: { 'targets.csv': appendLine(`${TARGET},"giảm 2,7% hộ nghèo"`) },
    expect: 'accepted',
  },
  {
    kind: 'validate',
    name: 'doubled quotes inside a quoted source quote, followed by the notes',
    edits: {
      'targets.csv': appendLine(
        '2020,2020,091,poverty_rate_pct,exact,3,,test-report,stated,"phấn đấu ""giảm sâu"" tỷ lệ hộ nghèo",Ghi chú.,Note.',
      ),
    },
    expect: 'accepted',
  },
  {
    kind: 'validate',
    name: 'a quoted phrase then text in a source quote, mid-row',
    edits: {
      'targets.csv': appendLine(
        '2020,2020,091,poverty_rate_pct,exact,3,,test-report,stated,"giảm sâu" tỷ lệ hộ nghèo,Ghi chú.,Note.',
      ),
    },
    expect: [
      { code: 'cell/text-after-quote', file: 'targets.csv', line: 4, column: 'source_quote' },
    ],
  },
  {
    kind: 'validate',
    name: 'a line break inside a quoted note (Alt+Enter in Excel), next row located after it',
    edits: {
      'targets.csv': appendLine(
        `${TARGET},"dòng một\ndòng hai"\n2019,2020,0xx,poverty_rate_pct,exact,3,,test-report,stated,,,`,
      ),
    },
    expect: [{ code: 'cell/format', file: 'targets.csv', line: 6, column: 'area_code' }],
  },
  {
    kind: 'validate',
    name: 'a line break inside a quoted note is kept exactly',
    edits: { 'targets.csv': appendLine(`${TARGET},"dòng một\ndòng hai"`) },
    expect: 'accepted',
  },
  {
    kind: 'validate',
    name: 'an unquoted comma in a note adds a cell',
    edits: { 'targets.csv': appendLine(`${TARGET},giảm 2,7% hộ nghèo`) },
    expect: [{ code: 'row/field-count', file: 'targets.csv', line: 4 }],
  },
  {
    kind: 'validate',
    name: 'a missing cell at the end of a row',
    edits: { 'targets.csv': appendLine(TARGET) },
    expect: [{ code: 'row/field-count', file: 'targets.csv', line: 4 }],
  },
  {
    kind: 'validate',
    name: 'a quoted header',
    edits: {
      'targets.csv': replaceLine(
        1,
        '"year_from","year_to","area_code","indicator","value_qualifier","target_value","target_value_max","source_id","year_basis","source_quote","note_vi","note_en"',
      ),
    },
    expect: 'accepted',
  },
  {
    kind: 'validate',
    name: 'a stray quote in the header',
    edits: {
      'targets.csv': replaceLine(
        1,
        'year_from,year_to,area_code,"indicator" ,value_qualifier,target_value,target_value_max,source_id,year_basis,source_quote,note_vi,note_en',
      ),
    },
    expect: [{ code: 'cell/text-after-quote', file: 'targets.csv', line: 1 }],
  },
  {
    kind: 'validate',
    name: 'two stray quotes in two rows are both located',
    edits: {
      'targets.csv': appendLine(`${TARGET},"a" b\n${TARGET},c"d`),
    },
    expect: [
      { code: 'cell/text-after-quote', file: 'targets.csv', line: 4 },
      { code: 'cell/quote-inside', file: 'targets.csv', line: 5 },
    ],
  },
];
