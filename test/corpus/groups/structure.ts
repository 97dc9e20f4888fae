/** Rows and headers as spreadsheets and hand edits leave them. */
import { appendLine, replaceLine } from '../../helpers/fixtureDir.ts';
import type { CorpusCase } from '../corpusCase.ts';

const HEADER =
  'year_from,year_to,area_code,indicator,value_qualifier,target_value,target_value_max,source_id,year_basis,source_quote,note_vi,note_en';

export const cases: CorpusCase[] = [
  {
    kind: 'validate',
    name: 'semicolon-separated (Excel in a Vietnamese locale)',
    edits: { 'targets.csv': (t) => t.replaceAll(',', ';') },
    expect: [{ code: 'file/delimiter', file: 'targets.csv', line: 1 }],
  },
  {
    kind: 'validate',
    name: 'tab-separated (Text (Tab delimited), or pasted from Excel)',
    edits: { 'targets.csv': (t) => t.replaceAll(',', '\t') },
    expect: [{ code: 'file/tab-delimited', file: 'targets.csv', line: 1 }],
    absent: ['header/missing-column'],
  },
  {
    kind: 'validate',
    name: 'trailing empty rows of commas',
    edits: { 'targets.csv': appendLine(',,,,,,,,,,,\n,,,,,,,,,,,') },
    expect: 'accepted',
  },
  {
    kind: 'validate',
    name: 'a blank line between rows',
    edits: { 'targets.csv': (t) => t.replace('\n2020', '\n\n2020') },
    expect: 'accepted',
  },
  {
    kind: 'validate',
    name: 'a header only',
    edits: { 'targets.csv': () => `${HEADER}\n` },
    expect: 'accepted',
  },
  {
    kind: 'validate',
    name: 'an empty file',
    edits: { 'targets.csv': () => '' },
    expect: [{ code: 'file/empty', file: 'targets.csv', line: null }],
  },
  {
    kind: 'validate',
    name: 'the header repeated as a data row (two sheets pasted together)',
    edits: { 'targets.csv': appendLine(HEADER) },
    expect: [{ code: 'cell/type', file: 'targets.csv', line: 4, column: 'year_from' }],
  },
  {
    kind: 'validate',
    name: 'a duplicated row',
    edits: { 'targets.csv': (t) => `${t}${t.split('\n')[1]}\n` },
    expect: [{ code: 'row/duplicate-key', file: 'targets.csv', line: 4 }],
  },
  {
    kind: 'validate',
    name: 'an extra empty column at the end of every row',
    edits: { 'targets.csv': (t) => t.replaceAll('\n', ',\n') },
    expect: [{ code: 'header/unknown-column', file: 'targets.csv', line: 1 }],
  },
  {
    kind: 'validate',
    name: 'columns in another order',
    edits: {
      'targets.csv': replaceLine(
        1,
        'year_to,year_from,area_code,indicator,value_qualifier,target_value,target_value_max,source_id,year_basis,source_quote,note_vi,note_en',
      ),
    },
    expect: [{ code: 'header/order', file: 'targets.csv', line: 1 }],
  },
];
