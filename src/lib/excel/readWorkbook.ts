/**
 * Reads an .xlsx for `npm run data:import` within fixed bounds: the zip is unpacked by
 * unzipBounded (sizes checked in its directory before inflating, inflation stopped at what the
 * directory declared), every sheet's cells are counted before read-excel-file builds its grid,
 * and only then is the workbook parsed, from the parts already checked (stored again without
 * compression, so the parser sees exactly those bytes). Each sheet comes back with whether it is
 * hidden and which cells hold no value (an uncalculated formula, an Excel error), so the import
 * can refuse what it would otherwise turn into empty cells. Failures are WorkbookRefused.
 */
import { zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { READ_OPTIONS, type WorkbookSheet } from './importWorkbook.ts';
import { scanSheet, workbookSheets, type SheetScan } from './scanWorkbook.ts';
import { unzipBounded, WorkbookRefused, type ZipLimits } from './unzipBounded.ts';

export { checkFileSize, WorkbookRefused } from './unzipBounded.ts';

export interface WorkbookLimits extends ZipLimits {
  /** Most cells (and grid positions) in one sheet, and in all sheets together. */
  maxCells: number;
}

/**
 * Far above any workbook of this programme (all of a province's datasets are a few thousand
 * cells) and far below what hurts a 2-core machine: a sheet of 500,000 cells (about 15 MB of XML)
 * is read in about a second with some 300 MB of memory.
 */
export const WORKBOOK_LIMITS: WorkbookLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 2_000,
  maxUncompressedBytes: 48 * 1024 * 1024,
  maxCells: 500_000,
};

export async function readWorkbook(
  bytes: Uint8Array,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): Promise<WorkbookSheet[]> {
  const parts = unzipBounded(bytes, limits);
  const decoder = new TextDecoder();
  const text = (name: string) => (parts[name] ? decoder.decode(parts[name]) : undefined);
  for (const [name, part] of Object.entries(parts)) {
    // Office files never declare a DTD; one that does could ask the parser to expand entities.
    const buffer = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    if (buffer.includes('<!DOCTYPE') || buffer.includes('<!ENTITY'))
      throw new WorkbookRefused(
        'workbook/corrupt',
        `Tệp .xlsx có phần ${name} khai báo DTD, điều Excel không bao giờ làm. Mở bằng Excel rồi lưu lại.`,
        `Part ${name} of the .xlsx declares a DTD, which Excel never does. Open it in Excel and save it again.`,
      );
  }
  const workbook = text('xl/workbook.xml');
  if (workbook === undefined)
    throw new WorkbookRefused(
      'workbook/corrupt',
      'Tệp không có xl/workbook.xml: không phải tệp Excel .xlsx.',
      'The file has no xl/workbook.xml: it is not an Excel .xlsx file.',
    );
  const infos = workbookSheets(workbook, text('xl/_rels/workbook.xml.rels'));
  const scans = new Map<string, SheetScan>();
  let cells = 0;
  for (const info of infos) {
    const xml = info.part ? text(info.part) : undefined;
    if (xml === undefined) continue;
    const scan = scanSheet(xml, info.name, limits.maxCells);
    scans.set(info.name, scan);
    cells += Math.max(scan.cells, scan.rows * scan.columns);
    if (cells > limits.maxCells)
      throw new WorkbookRefused(
        'workbook/limit',
        `Các trang tính có tổng cộng hơn ${limits.maxCells.toLocaleString('vi-VN')} ô, vượt giới hạn. Chia thành nhiều tệp rồi nhập từng tệp.`,
        `The sheets hold more than ${limits.maxCells.toLocaleString('en')} cells in all, more than the limit. Split the workbook and import each part.`,
        { name: 'maxCells', value: limits.maxCells },
      );
  }

  let sheets: WorkbookSheet[];
  try {
    const checked = zipSync(parts, { level: 0 });
    // read-excel-file types a date cell as `typeof Date`; at run time it is a Date (SheetCell).
    sheets = (await readXlsxFile(Buffer.from(checked), READ_OPTIONS)) as WorkbookSheet[];
  } catch (error) {
    // A formula without a saved result can make the reader fail: name the cells instead.
    const unreadable = [...scans].find(([, s]) => s.unreadableCount > 0);
    if (unreadable)
      throw new WorkbookRefused(
        'workbook/unreadable-cells',
        `Trang tính "${unreadable[0]}" có ô không có giá trị đã lưu (${unreadable[1].unreadable.map((u) => u.cell).join(', ')}). Mở tệp bằng Excel, để Excel tính xong rồi lưu lại.`,
        `Sheet "${unreadable[0]}" has cells without a saved value (${unreadable[1].unreadable.map((u) => u.cell).join(', ')}). Open the file in Excel, let it calculate, and save it again.`,
      );
    throw error;
  }
  const byName = new Map(infos.map((i) => [i.name, i]));
  return sheets.map((sheet) => {
    const scan = scans.get(sheet.sheet);
    return {
      ...sheet,
      hidden: byName.get(sheet.sheet)?.hidden ?? false,
      unreadable: scan?.unreadable ?? [],
      unreadableCount: scan?.unreadableCount ?? 0,
    };
  });
}
