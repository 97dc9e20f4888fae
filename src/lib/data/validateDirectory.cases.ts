/**
 * One bad fixture per rule, each with the exact code, file, line and column it must produce. The
 * directory test asserts each; the corpus report snapshot records their reports byte for byte.
 */
import { appendLine, replaceLine, type Edit } from '../../../test/helpers/fixtureDir.ts';
import type { ProblemCode } from './messages.ts';

export interface BadCase {
  rule: string;
  file: string;
  edit: Edit;
  code: ProblemCode;
  line: number | null;
  column?: string;
  severity?: 'error' | 'warning';
}

const POVERTY_HEADER =
  'year,area_code,status,households_total,poor_households,near_poor_households,poverty_rate_pct,near_poverty_rate_pct,escaped_poverty_households,newly_poor_households,source_id,year_basis,source_quote,note_vi,note_en';

export const BAD: BadCase[] = [
  { rule: 'missing file', file: 'targets.csv', edit: () => null, code: 'file/missing', line: null },
  { rule: 'empty file', file: 'targets.csv', edit: () => '', code: 'file/empty', line: null },
  { rule: 'UTF-16', file: 'targets.csv', edit: (t) => utf16(t), code: 'file/utf16', line: 1 },
  {
    rule: 'Windows-1258 bytes',
    file: 'areas.csv',
    edit: (t) => latin1(t.replace('Thử Nghiệm', 'Th\u00ecnh')),
    code: 'file/encoding',
    line: 2,
  },
  {
    rule: 'semicolons',
    file: 'targets.csv',
    edit: (t) => t.replaceAll(',', ';'),
    code: 'file/delimiter',
    line: 1,
  },
  {
    rule: 'unclosed quote',
    file: 'outputs.csv',
    edit: appendLine('2020,2020,09,models,exact,1,test-report,stated,,,"open'),
    code: 'file/quotes',
    line: 5,
  },
  {
    rule: 'missing column',
    file: 'targets.csv',
    edit: (t) => t.replace(',target_value_max', ''),
    code: 'header/missing-column',
    line: 1,
    column: 'target_value_max',
  },
  {
    rule: 'unknown column',
    file: 'targets.csv',
    edit: replaceLine(
      1,
      'year_from,year_to,area_code,indicator,value_qualifier,target_value,target_value_max,source_id,year_basis,source_quote,note_vi,note_en,extra',
    ),
    code: 'header/unknown-column',
    line: 1,
  },
  {
    rule: 'header case and accents',
    file: 'poverty.csv',
    edit: replaceLine(1, POVERTY_HEADER.replace('area_code', 'Area Code')),
    code: 'header/near-match',
    line: 1,
    column: 'area_code',
  },
  {
    rule: 'header order',
    file: 'targets.csv',
    edit: (t) => swapColumns(t, 0, 1),
    code: 'header/order',
    line: 1,
  },
  {
    rule: 'field count',
    file: 'outputs.csv',
    edit: replaceLine(2, '2020,2020,09,jobs_created,exact,100,test-report,stated,,'),
    code: 'row/field-count',
    line: 2,
  },
  {
    rule: 'duplicate key',
    file: 'outputs.csv',
    edit: appendLine('2020,2020,09,jobs_created,exact,101,test-report,stated,,,'),
    code: 'row/duplicate-key',
    line: 5,
  },
  {
    rule: 'no measure',
    file: 'poverty.csv',
    edit: appendLine('2017,09,final,,,,,,,,test-report,stated,,,'),
    code: 'row/no-measure',
    line: 6,
  },
  {
    rule: 'required cell',
    file: 'poverty.csv',
    edit: replaceLine(2, '2018,,final,1000,200,100,20,10,,,test-report,stated,,,'),
    code: 'cell/required',
    line: 2,
    column: 'area_code',
  },
  {
    rule: 'integer type',
    file: 'poverty.csv',
    edit: replaceLine(2, '2018,09,final,1000,two hundred,100,20,10,,,test-report,stated,,,'),
    code: 'cell/type',
    line: 2,
    column: 'poor_households',
  },
  {
    rule: 'thousands separator',
    file: 'poverty.csv',
    edit: replaceLine(2, '2018,09,final,1.000,200,100,20,10,,,test-report,stated,,,'),
    code: 'cell/thousands-separator',
    line: 2,
    column: 'households_total',
  },
  {
    rule: 'decimal comma',
    file: 'poverty.csv',
    edit: replaceLine(5, '2019,09,preliminary,,,,"19,93",,,,test-report,stated,,,'),
    code: 'cell/decimal-comma',
    line: 5,
    column: 'poverty_rate_pct',
  },
  {
    rule: 'percent range',
    file: 'poverty.csv',
    edit: replaceLine(5, '2019,09,preliminary,,,,101,,,,test-report,stated,,,'),
    code: 'cell/range',
    line: 5,
    column: 'poverty_rate_pct',
  },
  {
    rule: 'negative count',
    file: 'outputs.csv',
    edit: replaceLine(2, '2020,2020,09,jobs_created,exact,-1,test-report,stated,,,'),
    code: 'cell/range',
    line: 2,
    column: 'value',
  },
  {
    rule: 'enum',
    file: 'poverty.csv',
    edit: replaceLine(5, '2019,09,draft,,,,19.93,,,,test-report,stated,,,'),
    code: 'cell/enum',
    line: 5,
    column: 'status',
  },
  {
    rule: 'year basis',
    file: 'poverty.csv',
    edit: replaceLine(5, '2019,09,preliminary,,,,19.93,,,,test-report,guessed,,,'),
    code: 'cell/enum',
    line: 5,
    column: 'year_basis',
  },
  {
    rule: 'year basis left empty',
    file: 'outputs.csv',
    edit: replaceLine(2, '2020,2020,09,jobs_created,exact,100,test-report,,,,'),
    code: 'cell/required',
    line: 2,
    column: 'year_basis',
  },
  {
    rule: 'target without a qualifier',
    file: 'targets.csv',
    edit: replaceLine(3, '2020,2020,092,poverty_rate_pct,,2,,test-report,stated,,,'),
    code: 'cell/required',
    line: 3,
    column: 'value_qualifier',
  },
  {
    rule: 'source without an English title',
    file: 'sources.csv',
    edit: (t) => t.replace('Test review 2009–2020 (synthetic)', ''),
    code: 'cell/required',
    line: 3,
    column: 'title_en',
  },
  {
    rule: 'date',
    file: 'sources.csv',
    edit: (t) => t.replace('2019-04-08', '08/04/2019'),
    code: 'cell/type',
    line: 2,
    column: 'published',
  },
  {
    rule: 'impossible date',
    file: 'sources.csv',
    edit: (t) => t.replace('2019-04-08', '2019-02-30'),
    code: 'cell/type',
    line: 2,
    column: 'published',
  },
  {
    rule: 'url scheme',
    file: 'sources.csv',
    edit: (t) => t.replace('https://example.org/report', 'javascript:alert(1)'),
    code: 'cell/url',
    line: 2,
    column: 'url',
  },
  {
    rule: 'spaces around value',
    file: 'outputs.csv',
    edit: replaceLine(2, '2020,2020,09,jobs_created,exact, 100 ,test-report,stated,,,'),
    code: 'cell/whitespace',
    line: 2,
    column: 'value',
  },
  {
    rule: 'TCVN3 text',
    file: 'areas.csv',
    edit: (t) => t.replace('Đồng Đăng', '§ång §¨ng'),
    code: 'cell/legacy-encoding',
    line: 3,
    column: 'name',
  },
  {
    rule: 'decomposed accents',
    file: 'areas.csv',
    edit: (t) => t.replace('Đồng Đăng', 'Đồng Đăng'.normalize('NFD')),
    code: 'cell/unicode-form',
    line: 3,
    column: 'name',
  },
  {
    rule: 'lost leading zero (area file)',
    file: 'areas.csv',
    edit: (t) => t.replace('091,district', '91,district'),
    code: 'cell/code-leading-zero',
    line: 3,
    column: 'code',
  },
  {
    rule: 'lost leading zero (reference)',
    file: 'outputs.csv',
    edit: replaceLine(3, '2020,2020,91,jobs_created,exact,60,test-report,stated,,,'),
    code: 'cell/code-leading-zero',
    line: 3,
    column: 'area_code',
  },
  {
    rule: 'unknown area',
    file: 'outputs.csv',
    edit: replaceLine(3, '2020,2020,098,jobs_created,exact,60,test-report,stated,,,'),
    code: 'ref/unknown-area',
    line: 3,
    column: 'area_code',
  },
  {
    rule: 'unknown source',
    file: 'outputs.csv',
    edit: replaceLine(3, '2020,2020,091,jobs_created,exact,60,no-such-source,stated,,,'),
    code: 'ref/unknown-source',
    line: 3,
    column: 'source_id',
  },
  {
    rule: 'poor exceeds total',
    file: 'poverty.csv',
    edit: replaceLine(4, '2018,092,final,400,450,,,,,,test-report,stated,,,'),
    code: 'rule/poor-exceeds-total',
    line: 4,
    column: 'poor_households',
  },
  {
    rule: 'poor + near-poor exceed total',
    file: 'poverty.csv',
    edit: replaceLine(4, '2018,092,final,400,300,200,,,,,test-report,stated,,,'),
    code: 'rule/poor-exceeds-total',
    line: 4,
    column: 'near_poor_households',
  },
  {
    rule: 'rate disagrees with counts',
    file: 'poverty.csv',
    edit: replaceLine(4, '2018,092,final,400,50,40,12.7,10,,,test-report,stated,,,'),
    code: 'rule/rate-mismatch',
    line: 4,
    column: 'poverty_rate_pct',
  },
  {
    rule: 'disbursed exceeds allocated',
    file: 'funding.csv',
    edit: replaceLine(
      2,
      '2016,2020,09,DA1,TDA1,central_budget,investment,exact,1000,1200,test-report,stated,,,,',
    ),
    code: 'rule/disbursed-exceeds-allocated',
    line: 2,
    column: 'disbursed_million_vnd',
  },
  {
    rule: 'sub-project of another project',
    file: 'funding.csv',
    edit: replaceLine(
      2,
      '2016,2020,09,DA3,TDA1,central_budget,investment,exact,1000,900,test-report,stated,,,,',
    ),
    code: 'rule/sub-project',
    line: 2,
    column: 'sub_project',
  },
  {
    rule: 'no amount',
    file: 'funding.csv',
    edit: replaceLine(
      2,
      '2016,2020,09,DA1,TDA1,central_budget,investment,exact,,,test-report,stated,,,,',
    ),
    code: 'row/no-measure',
    line: 2,
  },
  {
    rule: 'period order',
    file: 'outputs.csv',
    edit: replaceLine(2, '2020,2019,09,jobs_created,exact,100,test-report,stated,,,'),
    code: 'rule/period-order',
    line: 2,
    column: 'year_to',
  },
  {
    rule: 'year outside the programme',
    file: 'poverty.csv',
    edit: replaceLine(5, '2021,09,preliminary,,,,19.93,,,,test-report,stated,,,'),
    code: 'rule/year-outside-period',
    line: 5,
    column: 'year',
  },
  {
    rule: 'year outside what the source covers',
    file: 'funding.csv',
    edit: replaceLine(
      3,
      '2008,2020,09,DA2,,central_budget,investment,more_than,500,,test-long,stated,,,,',
    ),
    code: 'rule/year-outside-period',
    line: 3,
    column: 'year_from',
  },
  {
    rule: 'target range order',
    file: 'targets.csv',
    edit: replaceLine(
      2,
      '2019,2020,09,poverty_rate_reduction_pp,exact,2,1.5,test-report,stated,,,',
    ),
    code: 'rule/range-order',
    line: 2,
    column: 'target_value_max',
  },
  {
    rule: 'percent target above 100',
    file: 'targets.csv',
    edit: replaceLine(3, '2020,2020,092,poverty_rate_pct,exact,120,,test-report,stated,,,'),
    code: 'rule/percent-indicator',
    line: 3,
    column: 'target_value',
  },
  {
    rule: 'code too long for level',
    file: 'areas.csv',
    edit: (t) => t.replace('09,province', '009,province').replaceAll(',09,', ',009,'),
    code: 'rule/code-level',
    line: 2,
    column: 'code',
  },
  {
    rule: 'parent of wrong level',
    file: 'areas.csv',
    edit: (t) => t.replace('092,district,09', '092,district,091'),
    code: 'rule/parent',
    line: 4,
    column: 'parent_code',
  },
  {
    rule: 'coordinates without a source',
    file: 'areas.csv',
    edit: (t) => t.replace('105.7,test-report,test-report', '105.7,test-report,'),
    code: 'cell/required',
    line: 3,
    column: 'coords_source_id',
  },
  {
    rule: 'coordinates in pairs',
    file: 'areas.csv',
    edit: (t) => t.replace('22.2,105.7', '22.2,'),
    code: 'rule/coordinates-pair',
    line: 3,
    column: 'lon',
  },
  {
    rule: 'a name longer than the column allows',
    file: 'areas.csv',
    edit: (t) => t.replace('Đồng Đăng', 'Đồng Đăng '.repeat(13).trim()),
    code: 'cell/too-long',
    line: 3,
    column: 'name',
  },
  {
    rule: 'exceeds flag without an excess',
    file: 'funding.csv',
    edit: (t) =>
      t.replace('1000,900.5,test-report,stated,,,,', '1000,900.5,test-report,stated,,,,yes'),
    code: 'rule/exceeds-flag-without-excess',
    line: 2,
    column: 'disbursed_exceeds_allocated',
  },
  {
    rule: 'a column named twice',
    file: 'targets.csv',
    edit: (t) => t.replace('target_value_max', 'target_value'),
    code: 'header/duplicate-column',
    line: 1,
    column: 'target_value',
  },
  {
    rule: 'districts exceed province',
    file: 'outputs.csv',
    edit: replaceLine(3, '2020,2020,091,jobs_created,exact,90,test-report,stated,,,'),
    code: 'sum/district-total',
    line: 2,
    column: 'value',
    severity: 'warning',
  },
  {
    rule: 'empty row',
    file: 'outputs.csv',
    edit: (t) => `${t},,,,,,,,,,\n`,
    code: 'row/empty',
    line: 5,
    severity: 'warning',
  },
];

function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

/** One byte per character, as a legacy 8-bit code page writes (é, ì… are not valid UTF-8). */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

function swapColumns(text: string, a: number, b: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line) return line;
      const cells = line.split(',');
      [cells[a], cells[b]] = [cells[b]!, cells[a]!];
      return cells.join(',');
    })
    .join('\n');
}
