import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { parseCsvText } from '../changes/diff.ts';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../schemas/datasets.ts';
import {
  cellText,
  columnLetters,
  importWorkbook,
  keepCommittedNumbers,
  numberText,
  NumericText,
  READ_OPTIONS,
  type WorkbookSheet,
} from './importWorkbook.ts';
import { datasetWorkbook, templateWorkbook } from './workbook.ts';

const read = async (bytes: Uint8Array) =>
  (await readXlsxFile(Buffer.from(bytes), READ_OPTIONS)) as WorkbookSheet[];

const POVERTY_HEADER = [
  'year',
  'area_code',
  'status',
  'households_total',
  'poor_households',
  'near_poor_households',
  'poverty_rate_pct',
  'near_poverty_rate_pct',
  'escaped_poverty_households',
  'newly_poor_households',
  'source_id',
  'note',
];

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
    const row = (cells: Cell[]) => cells;
    const bytes = await writeXlsxFile([
      { sheet: 'Hướng dẫn - Guide', data: [['đọc tôi']] },
      {
        sheet: 'poverty',
        data: [
          POVERTY_HEADER,
          row([2018, 91, 'final', 600, 150, 60, 25, 10, 30, 5, 'test-report', null]),
          [null, null, null, null, null, null, null, null, null, null, null, null],
          row([
            2019,
            9,
            ' preliminary ',
            null,
            null,
            null,
            0.1 + 0.2,
            null,
            null,
            null,
            'test-report',
            'Sơ bộ',
            'ghi chú lạc',
          ]),
        ],
      },
      { sheet: 'Ghi chú', data: [['Việc cần làm'], ['Hỏi lại số 2019']] },
    ]).toBuffer();
    const result = importWorkbook(await read(bytes), { areaCodes: new Set(['09', '091']) });
    // The guide sheet is skipped without a note; a sheet nobody can place gets one.
    expect(result.notes).toEqual([
      { sheet: 'poverty', kind: 'stray', dataset: 'poverty', cells: ['M4'] },
      { sheet: 'Ghi chú', kind: 'unknown' },
    ]);
    expect(result.files).toHaveLength(1);
    const file = result.files[0]!;
    expect(file.dataset).toBe('poverty');
    expect(file.text).toBe(
      `${POVERTY_HEADER.join(',')}\n` +
        '2018,091,final,600,150,60,25,10,30,5,test-report,\n' +
        '2019,09,preliminary,,,,0.3,,,,test-report,Sơ bộ\n',
    );
    // CSV line 3 is Excel row 4: the blank row 3 is not carried over.
    expect([...file.rowOfLine]).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
    expect(file.changes.map((c) => [c.line, c.column, c.to])).toEqual([
      [2, 'area_code', '091'],
      [3, 'area_code', '09'],
      [3, 'status', 'preliminary'],
    ]);
  });

  it('recognises a sheet by its header when it is not named after the dataset', async () => {
    const bytes = await writeXlsxFile([
      {
        sheet: 'Sheet1',
        data: [
          [
            'id',
            'title',
            'publisher',
            'document_number',
            'published',
            'url',
            'kind',
            'covers_from',
            'covers_to',
            'note',
          ],
          [
            'a',
            'Tiêu đề',
            'Sở',
            null,
            new Date(Date.UTC(2020, 0, 2)),
            null,
            'report',
            null,
            null,
            null,
          ],
        ],
        dateFormat: 'dd/mm/yyyy',
      },
    ]).toBuffer();
    const [file] = importWorkbook(await read(bytes)).files;
    expect(file!.dataset).toBe('sources');
    expect(file!.text.split('\n')[1]).toBe('a,Tiêu đề,Sở,,2020-01-02,,report,,,');
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

  it('keeps a sheet with a wrong header as it is, for the validator to explain', () => {
    const [file] = importWorkbook([
      {
        sheet: 'poverty',
        data: [
          ['year', 'area'],
          ['2018', '091'],
        ],
      },
    ]).files;
    expect(file!.normalized).toBe(false);
    expect(file!.text).toBe('year,area\n2018,091\n');
  });

  it('restores zeros in area_code from the areas sheet of the same workbook', () => {
    const { files } = importWorkbook([
      {
        sheet: 'poverty',
        data: [POVERTY_HEADER, ['2018', '58', 'final', '', '', '', '25', '', '', '', 's', '']],
      },
      {
        sheet: 'areas',
        data: [
          [
            'code',
            'level',
            'parent_code',
            'name',
            'unit_type',
            'lat',
            'lon',
            'source_id',
            'coords_source_id',
          ],
          ['58', 'district', '6', 'Pác Nặm', 'huyện', '', '', 's', ''],
        ],
      },
    ]);
    expect(files.map((f) => f.dataset)).toEqual(['areas', 'poverty']);
    expect(files[0]!.text.split('\n')[1]).toBe('058,district,06,Pác Nặm,huyện,,,s,');
    expect(files[1]!.text.split('\n')[1]).toMatch(/^2018,058,/);
  });
});

describe('keepCommittedNumbers', () => {
  const header = POVERTY_HEADER.join(',');
  it('keeps how a number was written when Excel gives back the same number', () => {
    const committed = `${header}\n2019,06,final,,,,19.90,10.80,,,s,\n`;
    const fromExcel = `${header}\n2019,06,final,,,,19.9,10.9,,,s,\n`;
    expect(keepCommittedNumbers('poverty', committed, fromExcel)).toBe(
      `${header}\n2019,06,final,,,,19.90,10.9,,,s,\n`,
    );
  });

  it('leaves new rows and text columns alone', () => {
    const committed = `${header}\n2019,06,final,,,,19.90,,,,s,1.0\n`;
    const fromExcel = `${header}\n2019,06,final,,,,19.9,,,,s,1\n2020,06,final,,,,19.9,,,,s,\n`;
    expect(keepCommittedNumbers('poverty', committed, fromExcel)).toBe(
      `${header}\n2019,06,final,,,,19.90,,,,s,1\n2020,06,final,,,,19.9,,,,s,\n`,
    );
  });
});

describe('round trip', () => {
  it('gives back every fixture file byte for byte: download .xlsx → import', async () => {
    const names = (await readdir(VALID_FIXTURE)).filter((f) => f.endsWith('.csv'));
    expect(names).toHaveLength(DATASET_NAMES.length);
    const committed: Partial<Record<DatasetName, string>> = {};
    for (const name of DATASET_NAMES) {
      committed[name] = await readFile(join(VALID_FIXTURE, DATASETS[name].file), 'utf8');
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
      expect(result.files[0]?.text, name).toBe(text);
    }
  });
});
