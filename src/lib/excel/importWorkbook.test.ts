import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { REAL_DATA, VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { parseCsvText } from '../changes/diff.ts';
import { columnsOf, DATASET_NAMES, DATASETS, type DatasetName } from '../schemas/datasets.ts';
import {
  cellText,
  columnLetters,
  BLOCKING,
  importWorkbook,
  numberText,
  NumericText,
  READ_OPTIONS,
  type WorkbookSheet,
} from './importWorkbook.ts';
import { datasetWorkbook, templateWorkbook } from './workbook.ts';

const read = async (bytes: Uint8Array) =>
  (await readXlsxFile(Buffer.from(bytes), READ_OPTIONS)) as WorkbookSheet[];

// Columns from the schemas, so the tests follow the datasets as they change.
const names = (d: DatasetName) => columnsOf(DATASETS[d]).map((c) => c.name);
const POVERTY_HEADER = names('poverty');
/** The first note column of poverty (free text). */
const NOTE = POVERTY_HEADER.find((c) => c.startsWith('note'))!;
/** A poverty row as cells in column order; missing columns are empty. */
const prow = (cells: Record<string, Cell>): Cell[] => POVERTY_HEADER.map((n) => cells[n] ?? null);
/** A row of any dataset as text cells in column order. */
const trow = (d: DatasetName, cells: Record<string, string>) => names(d).map((n) => cells[n] ?? '');
const pline = (cells: Record<string, string>) => trow('poverty', cells).join(',');

describe('numberText', () => {
  it.each([
    ['2019', '2019'],
    ['26.61', '26.61'],
    ['10.80', '10.80'],
    ['0.30000000000000004', '0.3'],
    ['26.609999999999999', '26.61'],
    ['1.5E-3', '0.0015'],
    ['1E+3', '1000'],
    ['abc', 'abc'],
    ['', ''],
  ])('%j → %j', (raw, text) => {
    expect(numberText(raw)).toBe(text);
  });
});
describe('cellText', () => {
  it('writes dates as YYYY-MM-DD and empty cells as nothing', () => {
    expect(cellText(new Date(Date.UTC(2019, 3, 8)))).toBe('2019-04-08');
    expect(cellText(null)).toBe('');
    expect(cellText(new NumericText('058'))).toBe('058');
    expect(cellText(true)).toBe('TRUE');
  });

  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 701].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});

describe('importWorkbook', () => {
  it('turns a sheet filled the way Excel users do into the canonical CSV, row by row', async () => {
    // What a person typing into Excel produces: codes as numbers (zeros lost), a year as a
    // number, a decimal with float noise, a blank row, and a note to the right of the table.
    const common = { source_id: 'test-report' };
    const bytes = await writeXlsxFile([
      { sheet: 'Hướng dẫn - Guide', data: [['đọc tôi']] },
      {
        sheet: 'poverty',
        data: [
          POVERTY_HEADER,
          prow({ ...common, year: 2018, area_code: 91, status: 'final', poverty_rate_pct: 25 }),
          prow({}),
          [
            ...prow({
              ...common,
              year: 2019,
              area_code: 9,
              status: ' preliminary ',
              poverty_rate_pct: 0.1 + 0.2,
              [NOTE]: 'Sơ bộ',
            }),
            'ghi chú lạc',
          ],
        ],
      },
      { sheet: 'Ghi chú', data: [['Việc cần làm'], ['Hỏi lại số 2019']] },
    ]).toBuffer();
    const result = importWorkbook(await read(bytes), { areaCodes: new Set(['09', '091']) });
    // The guide sheet is skipped without a note; a sheet nobody can place gets one.
    expect(result.notes).toEqual([
      {
        sheet: 'poverty',
        kind: 'stray',
        dataset: 'poverty',
        cells: [`${columnLetters(POVERTY_HEADER.length)}4`],
      },
      { sheet: 'Ghi chú', kind: 'unknown' },
    ]);
    expect(result.files).toHaveLength(1);
    const file = result.files[0]!;
    expect(file.dataset).toBe('poverty');
    expect(file.text).toBe(
      `${POVERTY_HEADER.join(',')}\n` +
        `${pline({ ...common, year: '2018', area_code: '091', status: 'final', poverty_rate_pct: '25' })}\n` +
        `${pline({ ...common, year: '2019', area_code: '09', status: 'preliminary', poverty_rate_pct: '0.3', [NOTE]: 'Sơ bộ' })}\n`,
    );
    // CSV line 3 is Excel row 4: the blank row 3 is not carried over.
    expect([...file.rowOfLine]).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
    expect(file.changes.map((c) => [c.excelRow, c.column, c.to])).toEqual([
      [2, 'area_code', '091'],
      [4, 'area_code', '09'],
      [4, 'status', 'preliminary'],
    ]);
  });

  it('recognises a sheet by its header when it is not named after the dataset', async () => {
    const cells: Record<string, Cell> = {
      id: 'a',
      title: 'Tiêu đề',
      publisher: 'Sở',
      published: new Date(Date.UTC(2020, 0, 2)),
      kind: 'report',
    };
    const bytes = await writeXlsxFile([
      {
        sheet: 'Sheet1',
        data: [names('sources'), names('sources').map((n) => cells[n] ?? null)],
        dateFormat: 'dd/mm/yyyy',
      },
    ]).toBuffer();
    const [file] = importWorkbook(await read(bytes)).files;
    expect(file!.dataset).toBe('sources');
    expect(file!.text.split('\n')[1]).toBe(
      trow('sources', {
        id: 'a',
        title: 'Tiêu đề',
        publisher: 'Sở',
        published: '2020-01-02',
        kind: 'report',
      }).join(','),
    );
  });

  it('leaves out blank sheets, so a template never empties a dataset, and duplicate sheets', async () => {
    const template = await read(await templateWorkbook([DATASETS.poverty, DATASETS.areas]));
    expect(importWorkbook(template)).toEqual({
      files: [],
      notes: [
        { sheet: 'poverty', kind: 'empty', dataset: 'poverty' },
        { sheet: 'areas', kind: 'empty', dataset: 'areas' },
      ],
    });
    const sheet = { sheet: 'poverty', data: [POVERTY_HEADER, ['2018', '091']] };
    const twice = importWorkbook([sheet, { ...sheet, sheet: 'poverty.csv' }]);
    expect(twice.files).toHaveLength(1);
    expect(twice.notes).toEqual([{ sheet: 'poverty.csv', kind: 'duplicate', dataset: 'poverty' }]);
  });

  it('stops on a sheet whose header it cannot map, with the header problems', () => {
    const { files, notes } = importWorkbook([
      {
        sheet: 'poverty',
        data: [
          ['year', 'area'],
          ['2018', '091'],
        ],
      },
    ]);
    expect(files).toEqual([]);
    expect(notes).toMatchObject([{ sheet: 'poverty', kind: 'header', dataset: 'poverty' }]);
    expect(BLOCKING.has(notes[0]!.kind)).toBe(true);
    const codes = notes[0]!.problems!.map((p) => p.code);
    expect(codes).toContain('header/unknown-column');
    expect(codes).toContain('header/missing-column');
  });

  it('stops on text under a header cell left blank, naming the Excel row', () => {
    const header = [...POVERTY_HEADER.slice(0, -1), '', POVERTY_HEADER.at(-1)!];
    const cells = trow('poverty', {
      year: '2018',
      area_code: '09',
      status: 'final',
      source_id: 's',
    });
    const { files, notes } = importWorkbook([
      { sheet: 'poverty', data: [header, [...cells.slice(0, -1), 'lạc', '']] },
    ]);
    expect(files).toEqual([]);
    expect(notes[0]).toMatchObject({ kind: 'header' });
    expect(notes[0]!.problems![0]).toMatchObject({ code: 'header/unnamed-column', line: 2 });
  });

  it('never imports a hidden sheet, even when it comes first', () => {
    const row = (rate: string) => ({
      year: '2018',
      area_code: '09',
      status: 'final',
      poverty_rate_pct: rate,
      source_id: 's',
    });
    const data = (rate: string) => [POVERTY_HEADER, trow('poverty', row(rate))];
    const { files, notes } = importWorkbook([
      { sheet: 'poverty', data: data('99'), hidden: true },
      { sheet: 'poverty.csv', data: data('20') },
    ]);
    expect(notes).toEqual([{ sheet: 'poverty', kind: 'hidden', dataset: 'poverty' }]);
    expect(files.map((f) => [f.sheet, f.text.split('\n')[1]])).toEqual([
      ['poverty.csv', pline(row('20'))],
    ]);
  });

  it('stops on cells with no saved value in an imported sheet, not in others', () => {
    const unreadable = [{ cell: 'E3', kind: 'formula' as const }];
    const { files, notes } = importWorkbook([
      { sheet: 'poverty', data: [POVERTY_HEADER, ['2018', '09']], unreadable, unreadableCount: 1 },
      { sheet: 'Ghi chú', data: [['x']], unreadable, unreadableCount: 1 },
    ]);
    expect(files).toEqual([]);
    expect(notes).toEqual([
      { sheet: 'poverty', kind: 'unreadable', dataset: 'poverty', unreadable, count: 1 },
      { sheet: 'Ghi chú', kind: 'unknown' },
    ]);
  });

  it('adds a blank template row to the file and keeps the rows the sheet lacks', async () => {
    const row = {
      year: '2020',
      area_code: '09',
      status: 'final',
      poverty_rate_pct: '9',
      source_id: 's',
    };
    const committed = `${POVERTY_HEADER.join(',')}\n${pline({ ...row, year: '2018' })}\n${pline({ ...row, year: '2019' })}\n`;
    // The blank template as staff fill it: one row typed above the 200 blank, Text-formatted rows.
    const template = await read(await datasetWorkbook(DATASETS.poverty, [row]));
    const [file] = importWorkbook(template, { committed: { poverty: committed } }).files;
    expect(file!.plan.added).toHaveLength(1);
    expect(file!.plan.kept).toHaveLength(2);
    expect(file!.plan.removed).toEqual([]);
    expect(file!.text).toBe(`${committed}${pline(row)}\n`);
    const replaced = importWorkbook(template, {
      committed: { poverty: committed },
      replace: new Set(['poverty']),
    }).files[0]!;
    expect(replaced.plan.removed).toHaveLength(2);
    expect(replaced.text).toBe(`${POVERTY_HEADER.join(',')}\n${pline(row)}\n`);
  });

  it('restores zeros in area_code from the areas sheet of the same workbook', () => {
    const area = {
      code: '58',
      level: 'district',
      parent_code: '6',
      name: 'Pác Nặm',
      unit_type: 'huyện',
      source_id: 's',
    };
    const { files } = importWorkbook([
      {
        sheet: 'poverty',
        data: [
          POVERTY_HEADER,
          trow('poverty', {
            year: '2018',
            area_code: '58',
            status: 'final',
            poverty_rate_pct: '25',
            source_id: 's',
          }),
        ],
      },
      { sheet: 'areas', data: [names('areas'), trow('areas', area)] },
    ]);
    expect(files.map((f) => f.dataset)).toEqual(['areas', 'poverty']);
    expect(files[0]!.text.split('\n')[1]).toBe(
      trow('areas', { ...area, code: '058', parent_code: '06' }).join(','),
    );
    expect(files[1]!.text.split('\n')[1]).toMatch(/^2018,058,/);
  });
});

describe.each([
  ['the test fixture', VALID_FIXTURE],
  ['the published data', REAL_DATA],
])('round trip of %s', (_, folder) => {
  it('gives back every file byte for byte: download .xlsx → import', async () => {
    const files = (await readdir(folder)).filter((f) => f.endsWith('.csv'));
    expect(files).toHaveLength(DATASET_NAMES.length);
    const committed: Partial<Record<DatasetName, string>> = {};
    for (const name of DATASET_NAMES) {
      committed[name] = await readFile(join(folder, DATASETS[name].file), 'utf8');
    }
    for (const name of DATASET_NAMES) {
      const text = committed[name]!;
      const rows = parseCsvText(text).rows;
      const sheets = await read(await datasetWorkbook(DATASETS[name], rows));
      const result = importWorkbook(sheets, { committed });
      if (rows.length === 0) {
        expect(result.files, name).toEqual([]);
        continue;
      }
      expect(result.notes, name).toEqual([]);
      expect(result.files[0]?.text, name).toBe(text);
      expect(result.files[0]?.unchanged, name).toBe(true);
    }
  });
});
