import readXlsxFile from 'read-excel-file/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../changes/checksums.ts';
import { columnsOf, DATASETS } from '../schemas/datasets.ts';
import { READ_OPTIONS, type WorkbookSheet } from './importWorkbook.ts';
import { datasetWorkbook, GUIDE_SHEET, templateCsv, templateWorkbook } from './workbook.ts';

const read = async (bytes: Uint8Array) =>
  (await readXlsxFile(Buffer.from(bytes), READ_OPTIONS)) as WorkbookSheet[];

afterEach(() => {
  vi.useRealTimers();
});

describe('templates', () => {
  it('a CSV template is the header row with a byte-order mark', () => {
    const header = columnsOf(DATASETS.targets)
      .map((c) => c.name)
      .join(',');
    expect(templateCsv(DATASETS.targets)).toBe(`\uFEFF${header}\r\n`);
  });

  it('an .xlsx template has the header on a sheet named after the dataset, and a guide', async () => {
    const sheets = await read(await templateWorkbook([DATASETS.poverty]));
    expect(sheets.map((s) => s.sheet)).toEqual(['poverty', GUIDE_SHEET]);
    const header = sheets[0]!.data[0]!;
    expect(header).toEqual(columnsOf(DATASETS.poverty).map((c) => c.name));
    const guide = sheets[1]!.data.map((row) => row.map((c) => (c === null ? '' : String(c))));
    const rate = guide.find((row) => row[0] === 'poverty_rate_pct');
    expect(rate).toBeDefined();
    expect(rate).toContain('≥ 0, ≤ 100');
    expect(rate).toContain(columnsOf(DATASETS.poverty)[6]!.meta.description_vi);
  });
});

describe('datasetWorkbook', () => {
  it('keeps codes as text and numbers as numbers', async () => {
    const rows = [
      {
        code: '058',
        level: 'district',
        parent_code: '06',
        name: 'Pác Nặm',
        unit_type: 'huyện',
        lat: '22.5',
        lon: '',
        source_id: 's',
      },
    ];
    const bytes = await datasetWorkbook(DATASETS.areas, rows);
    const [sheet] = await read(bytes);
    const row = sheet!.data[1]!;
    expect(row[0]).toBe('058');
    expect(row[2]).toBe('06');
    // A number cell comes back through parseNumber, not as text.
    expect(row[5]).toMatchObject({ text: '22.5' });
    expect(row[6]).toBeNull();
  });

  it('gives the same bytes whenever it is built, so checksums hold across builds', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2021-03-04T05:06:07Z'));
    const first = await templateWorkbook([DATASETS.poverty]);
    vi.setSystemTime(new Date('2031-08-09T10:11:12Z'));
    const second = await templateWorkbook([DATASETS.poverty]);
    expect(sha256Hex(second)).toBe(sha256Hex(first));
  });
});
