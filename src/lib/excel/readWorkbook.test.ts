import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile, { type Sheet } from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../schemas/datasets.ts';
import { withHiddenSheets, withPart, zipBomb } from './hostileWorkbooks.ts';
import { READ_OPTIONS, type WorkbookSheet } from './importWorkbook.ts';
import { readWorkbook, WORKBOOK_LIMITS, WorkbookRefused } from './readWorkbook.ts';
import { datasetWorkbook } from './workbook.ts';

const book = async (sheets: { sheet: string; data: unknown[][] }[]) =>
  new Uint8Array(await writeXlsxFile(sheets as unknown as Sheet<never>[]).toBuffer());

async function refusal(bytes: Uint8Array, limits = WORKBOOK_LIMITS) {
  const error = await readWorkbook(bytes, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookRefused);
  return error as WorkbookRefused;
}

describe('readWorkbook', () => {
  it('reads what read-excel-file reads, and says no sheet is hidden', async () => {
    const bytes = await datasetWorkbook(DATASETS.areas, [
      { code: '058', level: 'district', parent_code: '06', name: 'Pác Nặm', lat: '22.5' },
    ]);
    const plain = (await readXlsxFile(Buffer.from(bytes), READ_OPTIONS)) as WorkbookSheet[];
    const sheets = await readWorkbook(bytes);
    expect(sheets.map((s) => s.data)).toEqual(plain.map((s) => s.data));
    expect(sheets.map((s) => [s.sheet, s.hidden, s.unreadableCount])).toEqual([
      ['areas', false, 0],
      ['Hướng dẫn - Guide', false, 0],
    ]);
  });

  it('marks hidden and very hidden sheets', async () => {
    const bytes = await book([
      { sheet: 'a', data: [['x']] },
      { sheet: 'b', data: [['y']] },
      { sheet: 'c', data: [['z']] },
    ]);
    const hidden = withHiddenSheets(withHiddenSheets(bytes, ['a']), ['c'], 'veryHidden');
    expect((await readWorkbook(hidden)).map((s) => [s.sheet, s.hidden])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
    ]);
  });

  it('names a formula cell with no saved value, which read-excel-file leaves empty', async () => {
    const bytes = await book([
      {
        sheet: 'poverty',
        data: [
          ['a', 'b'],
          ['1', { type: 'Formula', value: 'A2&"x"' }],
        ],
      },
    ]);
    const [sheet] = await readWorkbook(bytes);
    expect(sheet!.data[1]![1]).toBeNull(); // what the importer would have written: nothing
    expect(sheet!.unreadable).toEqual([{ cell: 'B2', kind: 'formula' }]);
  });

  it('names an Excel error cell (#DIV/0!), which read-excel-file leaves empty', async () => {
    const bytes = withPart(
      await book([{ sheet: 's', data: [['a'], [1]] }]),
      'xl/worksheets/sheet1.xml',
      (xml) =>
        xml.replace(/<c r="A2"([^>]*)>.*?<\/c>/, '<c r="A2" t="e"><f>1/0</f><v>#DIV/0!</v></c>'),
    );
    const [sheet] = await readWorkbook(bytes);
    expect(sheet!.data.length === 1 || sheet!.data[1]![0] === null).toBe(true);
    expect(sheet!.unreadable).toEqual([{ cell: 'A2', kind: 'error', value: '#DIV/0!' }]);
  });

  it('refuses a sheet with one far cell (XFD1048576) before the reader builds its grid', async () => {
    const bytes = withPart(
      await book([{ sheet: 's', data: [['a']] }]),
      'xl/worksheets/sheet1.xml',
      (xml) =>
        xml.replace(
          '</sheetData>',
          '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>',
        ),
    );
    const started = performance.now();
    const error = await refusal(bytes);
    expect(error.limit?.name).toBe('maxCells');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses sheets that together pass the cell limit', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => [i, i, i, i, i, i, i, i, i, i]);
    const bytes = await book([
      { sheet: 'a', data: rows },
      { sheet: 'b', data: rows },
    ]);
    const error = await refusal(bytes, { ...WORKBOOK_LIMITS, maxCells: 1000 });
    expect(error.limit).toEqual({ name: 'maxCells', value: 1000 });
    expect(error.message_en).toContain('in all');
  });

  it('refuses a zip bomb in well under a second, naming the limit', async () => {
    const started = performance.now();
    const error = await refusal(
      zipBomb(await book([{ sheet: 's', data: [['a']] }]), 2 ** 31, true),
    );
    expect(error.limit?.name).toBe('maxUncompressedBytes');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a part that declares a DTD (entity expansion)', async () => {
    const bytes = withPart(await book([{ sheet: 's', data: [['a']] }]), 'xl/workbook.xml', (xml) =>
      xml.replace(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>',
      ),
    );
    expect((await refusal(bytes)).code).toBe('workbook/corrupt');
  });
});
