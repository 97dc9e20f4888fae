/**
 * The generated fast reader against the explaining reader (readRow, which calls each column's
 * registered parser): on any row, the fast reader either steps aside (undefined) or gives
 * exactly the row readRow gives, and then readRow has nothing to report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsOf, DATASETS, type DatasetName } from '../schemas/datasets.ts';
import { columnInfos, readRow } from './cells.ts';
import { compileRowReader } from './fastRow.ts';
import type { ProblemInput } from './makeProblem.ts';

function readers(name: DatasetName) {
  const columns = columnsOf(DATASETS[name]);
  const infos = [...columnInfos(columns, new Map(columns.map((c, i) => [c.name, i]))).values()];
  return { infos, fast: compileRowReader(infos) };
}

/** Both readers on one row: the fast one must agree or step aside. */
function agree(name: DatasetName, cells: string[]) {
  const { infos, fast } = readers(name);
  const problems: ProblemInput[] = [];
  const slow = readRow(cells, infos, 2, problems);
  const quick = fast(cells);
  if (quick !== undefined) {
    expect(problems).toEqual([]);
    expect(quick).toEqual(slow);
    // Numbers keep their type and sign of zero exactly as the parser gives them.
    for (const [k, v] of Object.entries(quick)) expect(Object.is(v, slow![k])).toBe(true);
  }
  return quick !== undefined;
}

const NUMERALS = [
  '0',
  '00',
  '07',
  '0.5',
  '00.5',
  '.5',
  '5.',
  '1.2.3',
  '-0',
  '-5',
  '+5',
  '1e3',
  '0x10',
  '1.500',
  '12.345',
  '0.001',
  '99.99',
  '100',
  '100.0',
  '100.01',
  '1,5',
  '1 000',
  '١٢',
  '123456789012345',
  '1234567890123456',
  '0.12345678901234',
  '9.99999999999999',
  '2015',
  '2020',
  '0999',
  '20190',
  '1990',
  '2100',
  '2101',
  '8',
  '80.276',
  '146.500',
  '999999999',
  '1000000000',
  '0.1',
  '0.2',
  '0.3',
  '1.005',
  '26.61',
  '18.50',
];
const TEXTS = [
  'Bắc Kạn',
  'Đạt 95%',
  'ế',
  'Ư',
  'Line one.\nLine two.',
  'a\r\nb',
  '\nstart',
  'end\n',
  ' edge',
  'edge ',
  'B¾c K¹n',
  'Baéc Kaïn',
  'e\u0301',
  'A\u200bB',
  'A\u00a0B',
  'A\tB',
  'tab\t',
  '“quoted” — dash…',
  '€5',
  '\ufeffbom',
  'x\u2028y',
  '😀',
  '',
  'final',
  'stated',
  'preliminary',
  'unspecified',
  'inferred',
  'exact',
  'about',
  'more_than',
  'Final',
  'final ',
  '058',
  '06',
  'VN',
  '58',
  'test-report',
  'Test-Report',
  'a--b',
  '2019-12-31',
  '2019-02-30',
  'https://example.org/a',
  'http://x',
  'province',
  'district',
];
const cell = fc.oneof(
  fc.constantFrom(...NUMERALS, ...TEXTS),
  fc.stringMatching(/^-?\d{0,17}(\.\d{0,16})?$/),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.tuple(fc.constantFrom(...TEXTS), fc.constantFrom(...TEXTS)).map(([a, b]) => a + b),
);

/** Valid rows (the real data/, then the valid fixture), laid out in schema order. */
function validRows(name: DatasetName): string[][] {
  const root = join(import.meta.dirname, '../../..');
  const records = ['data', 'test/fixtures/valid'].flatMap(
    (dir) =>
      parse(readFileSync(join(root, dir, `${name}.csv`), 'utf8'), {
        columns: true,
        bom: true,
      }) as Record<string, string>[],
  );
  const { infos } = readers(name);
  return records.slice(0, 40).map((r) => infos.map((c) => r[c.name] ?? ''));
}

describe('the fast reader agrees with readRow or steps aside', () => {
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    it(`${name}: valid rows with one cell changed`, () => {
      const rows = validRows(name);
      const width = readers(name).infos.length;
      let fastOnes = 0;
      fc.assert(
        fc.property(fc.nat(rows.length - 1), fc.nat(width - 1), cell, (r, column, value) => {
          const cells = [...rows[r]!];
          cells[column] = value;
          if (agree(name, cells)) fastOnes++;
        }),
        { numRuns: 600 },
      );
      // Not vacuous: some changed rows are still clean, and take the fast road.
      expect(fastOnes).toBeGreaterThan(0);
      for (const row of rows) agree(name, row);
    });
  }

  it('reads every numeral of a rate column exactly as the parser does', () => {
    const { infos } = readers('poverty');
    const position = infos.findIndex((c) => c.name === 'poverty_rate_pct');
    const base = validPovertyRow();
    let fastOnes = 0;
    for (const numeral of [
      ...NUMERALS,
      ...Array.from({ length: 2000 }, (_, i) => (i / 20).toFixed(2)),
    ]) {
      const cells = [...base];
      cells[position] = numeral;
      if (agree('poverty', cells)) fastOnes++;
    }
    // Not vacuous: the common numerals do take the fast road.
    expect(fastOnes).toBeGreaterThan(1900);
  });

  it('takes a clean Vietnamese row, and counts and years, on the fast road', () => {
    expect(agree('poverty', validPovertyRow())).toBe(true);
  });
});

function validPovertyRow(): string[] {
  const values: Record<string, string> = {
    year: '2019',
    area_code: '061',
    status: 'final',
    households_total: '10000',
    poor_households: '2500',
    near_poor_households: '900',
    poverty_rate_pct: '25.00',
    near_poverty_rate_pct: '9.00',
    source_id: 'test-report',
    year_basis: 'stated',
    source_quote: 'Ba Bể còn 2.500 hộ nghèo, chiếm 25%.',
    note_vi: 'Số liệu cuối năm 2019.',
    note_en: 'End-2019 figures.',
  };
  return readers('poverty').infos.map((c) => values[c.name] ?? '');
}
