/**
 * Reports at scale: hundreds of thousands of problems in one file used to overflow the stack
 * ("Maximum call stack size exceeded") and lose every real error. Each file here is generated
 * in the test (a few megabytes) so the group stays fast; the validator must list the first
 * problems, count the rest by code (report/omitted) and still find the one real error.
 */
import type { CorpusCase } from '../corpusCase.ts';

const ROWS = 300_000;

/** The file's header, then `n` copies of `row`, then the `tail` lines. */
const many =
  (row: string, n = ROWS, tail: string[] = []) =>
  (text: string): string => {
    const header = text.split('\n')[0]!;
    return `${header}\n${`${row}\n`.repeat(n)}${tail.map((l) => `${l}\n`).join('')}`;
  };

const GOOD_TARGET = '2020,2020,09,models,exact,5,,test-report,stated,,,';

export const cases: CorpusCase[] = [
  {
    kind: 'validate',
    name: '300k rows with a bad year: listed, then counted, never a crash',
    edits: { 'targets.csv': many('20x0,2020,09,models,exact,5,,test-report,stated,,,') },
    expect: [
      { code: 'cell/type', file: 'targets.csv', line: 2, column: 'year_from' },
      { code: 'report/omitted', file: 'targets.csv', line: null },
    ],
    absent: ['file/unreadable'],
  },
  {
    kind: 'validate',
    name: '300k rows with a missing cell (field count)',
    edits: { 'targets.csv': many('2020,2020,09,models,exact,5,test-report,stated,,,') },
    expect: [
      { code: 'row/field-count', file: 'targets.csv', line: 2 },
      { code: 'report/omitted', file: 'targets.csv' },
    ],
    absent: ['file/unreadable'],
  },
  {
    kind: 'validate',
    name: '300k copies of one row: duplicate keys counted',
    edits: { 'targets.csv': many(GOOD_TARGET) },
    expect: [
      { code: 'row/duplicate-key', file: 'targets.csv', line: 3 },
      { code: 'report/omitted', file: 'targets.csv' },
    ],
  },
  {
    kind: 'validate',
    name: '300k empty rows (warnings) do not hide the one error after them',
    edits: {
      'targets.csv': many(',,,,,,,,,,,', ROWS, [
        '2020,2020,09,models,exact,-5,,test-report,stated,,,',
      ]),
    },
    expect: [{ code: 'cell/range', file: 'targets.csv', line: ROWS + 2, column: 'target_value' }],
  },
  {
    kind: 'validate',
    name: '300k unknown area codes with a readable areas.csv',
    edits: { 'targets.csv': many('2020,2020,99,models,exact,5,,test-report,stated,,,') },
    expect: [
      { code: 'ref/unknown-area', file: 'targets.csv', line: 2, column: 'area_code' },
      { code: 'report/omitted', file: 'targets.csv' },
    ],
    absent: ['ref/unchecked'],
  },
  {
    kind: 'validate',
    name: '300k area references with a bad byte in areas.csv: one ref/unchecked, no cascade',
    edits: {
      // A lone 0xff byte in a name: not UTF-8.
      'areas.csv': (t) => {
        const bytes = new TextEncoder().encode(t);
        bytes[bytes.lastIndexOf(0x0a, bytes.length - 2) + 6] = 0xff;
        return bytes;
      },
      'targets.csv': many('2020,2020,99,models,exact,5,,test-report,stated,,,'),
    },
    expect: [
      { code: 'file/encoding', file: 'areas.csv' },
      { code: 'ref/unchecked', file: 'areas.csv', line: null },
      { code: 'row/duplicate-key', file: 'targets.csv', line: 3 },
    ],
    absent: ['ref/unknown-area'],
  },
  {
    kind: 'validate',
    name: 'a header of 200k unknown columns',
    edits: {
      'targets.csv': (t) => `${t.split('\n')[0]}${',extra'.repeat(200_000)}\n`,
    },
    expect: [
      { code: 'header/unknown-column', file: 'targets.csv', line: 1 },
      { code: 'report/omitted', file: 'targets.csv' },
    ],
  },
  {
    kind: 'validate',
    name: '300k bad rows in each of two files: both files listed and counted',
    edits: {
      'targets.csv': many('20x0,2020,09,models,exact,5,,test-report,stated,,,'),
      'outputs.csv': many('2020,2020,09,models,exact,-1,test-report,stated,,,'),
    },
    expect: [
      { code: 'report/omitted', file: 'targets.csv' },
      { code: 'report/omitted', file: 'outputs.csv' },
      { code: 'cell/range', file: 'outputs.csv', line: 2, column: 'value' },
    ],
  },
];
