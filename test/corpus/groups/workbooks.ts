/**
 * Workbooks staff (or anyone) can send to `data:import`: a blank template with one row never
 * deletes the dataset, rows leave only with `--replace <dataset>`, hidden sheets are never
 * imported, cells without a saved value stop the import, and zip or grid bombs are refused in
 * seconds with the limit named — each with nothing written unless the import is sound.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile, { type Sheet } from 'write-excel-file/node';
import { expect } from 'vitest';
import { parseCsvText } from '../../../src/lib/changes/diff.ts';
import { columnLetters } from '../../../src/lib/excel/columns.ts';
import {
  deflatedSpaces,
  entriesOf,
  rawZip,
  withHiddenSheets,
  withPart,
  zipBomb,
} from '../../../src/lib/excel/hostileWorkbooks.ts';
import { csvLine, csvObjects, typedWorkbook, type Row } from '../../../src/lib/excel/testSheets.ts';
import { datasetWorkbook } from '../../../src/lib/excel/workbook.ts';
import { snapshotDifferences, snapshotFolder } from '../../../src/lib/fs/folderSnapshot.ts';
import { DATASETS } from '../../../src/lib/schemas/datasets.ts';
import { fixtureDir, REAL_DATA } from '../../helpers/fixtureDir.ts';
import type { CorpusCase, ToolCase } from '../corpusCase.ts';

const IMPORT = join(import.meta.dirname, '..', '..', '..', 'scripts', 'import-workbook.ts');
const SHEET_XML = 'xl/worksheets/sheet1.xml';

interface Context {
  /** A copy of the published data (always valid). */
  dir: string;
  columns: string[];
  rows: Row[];
  /** Saves a workbook apart from the data folder and imports it; `ms` is the wall time. */
  importBook: (
    bytes: Uint8Array,
    ...args: string[]
  ) => Promise<{ status: number | null; stdout: string; stderr: string; ms: number }>;
  poverty: () => Promise<string>;
}

async function withContext(body: (c: Context) => Promise<void>): Promise<void> {
  const dir = await fixtureDir({}, REAL_DATA);
  const books = await mkdtemp(join(tmpdir(), 'gn-books-'));
  try {
    const { columns, rows } = csvObjects(await readFile(join(dir, 'poverty.csv'), 'utf8'));
    await body({
      dir,
      columns,
      rows,
      importBook: async (bytes, ...args) => {
        const book = join(books, 'book.xlsx');
        await writeFile(book, bytes);
        const started = Date.now();
        const r = spawnSync(process.execPath, [IMPORT, book, '--out', dir, ...args], {
          encoding: 'utf8',
        });
        return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
      },
      poverty: () => readFile(join(dir, 'poverty.csv'), 'utf8'),
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(books, { recursive: true, force: true });
  }
}

/** The import is refused (exit 2), says so with `says`, and the data folder is untouched. */
const refused = (
  name: string,
  build: (c: Context) => Promise<Uint8Array>,
  says: string[],
  ms = 10_000,
): ToolCase => ({
  kind: 'tool',
  name,
  run: () =>
    withContext(async (c) => {
      const bytes = await build(c);
      const before = await snapshotFolder(c.dir);
      const result = await c.importBook(bytes);
      expect(result.status).toBe(2);
      for (const text of says) expect(`${result.stdout}${result.stderr}`).toContain(text);
      expect(result.ms).toBeLessThan(ms);
      expect(snapshotDifferences(before, await snapshotFolder(c.dir))).toEqual([]);
    }),
});

const povertyBook = (c: Context, rows: readonly Row[] = c.rows) =>
  typedWorkbook([{ sheet: 'poverty', columns: c.columns, rows }]);
const book = async (sheets: { sheet: string; data: unknown[][] }[]) =>
  new Uint8Array(await writeXlsxFile(sheets as unknown as Sheet<never>[]).toBuffer());

export const cases: CorpusCase[] = [
  {
    kind: 'tool',
    name: 'a blank template with one row typed in adds the row and keeps the whole dataset',
    run: () =>
      withContext(async (c) => {
        const added = { ...c.rows[0]!, year: '2099' };
        const before = await c.poverty();
        const result = await c.importBook(await datasetWorkbook(DATASETS.poverty, [added]));
        expect(result.stdout).toContain(`+ hàng 2: ${csvLine(c.columns, added)}`);
        expect(result.stdout).toContain(`${c.rows.length} dòng giữ nguyên`);
        // Whether the new row is valid is the data's business (exit 0 or 1): it is written.
        expect([0, 1]).toContain(result.status);
        expect(await c.poverty()).toBe(`${before}${csvLine(c.columns, added)}\n`);
      }),
  },
  {
    kind: 'tool',
    name: 'the full download with a row deleted keeps the row and says --replace would remove it',
    run: () =>
      withContext(async (c) => {
        const before = await c.poverty();
        const result = await c.importBook(await povertyBook(c, c.rows.slice(1)));
        expect(result.stdout).toContain('1 dòng giữ nguyên');
        expect(result.stdout).toContain('--replace poverty');
        expect(result.status).toBe(0);
        expect(await c.poverty()).toBe(before);
      }),
  },
  {
    kind: 'tool',
    name: 'with --replace poverty the deleted row is removed, and listed',
    run: () =>
      withContext(async (c) => {
        const result = await c.importBook(
          await povertyBook(c, c.rows.slice(1)),
          '--replace',
          'poverty',
        );
        expect(result.stdout).toContain(`  - ${csvLine(c.columns, c.rows[0]!)}`);
        expect(parseCsvText(await c.poverty()).rows).toHaveLength(c.rows.length - 1);
      }),
  },
  {
    kind: 'tool',
    name: 'download → import changes nothing, and rewrites no file',
    run: () =>
      withContext(async (c) => {
        const ino = (await stat(join(c.dir, 'poverty.csv'))).ino;
        const before = await c.poverty();
        const bytes = await datasetWorkbook(DATASETS.poverty, parseCsvText(before).rows);
        const result = await c.importBook(bytes);
        expect(result.stdout).toContain('0 dòng thêm, 0 dòng xoá, 0 dòng sửa');
        expect(result.status).toBe(0);
        expect(await c.poverty()).toBe(before);
        expect((await stat(join(c.dir, 'poverty.csv'))).ino).toBe(ino);
      }),
  },
  {
    kind: 'tool',
    name: 'a hidden sheet never wins over the visible sheet of the same dataset',
    run: () =>
      withContext(async (c) => {
        const secret = c.rows.map((r, i) => (i === 0 ? { ...r, year: '1999' } : r));
        const bytes = await typedWorkbook([
          { sheet: 'poverty', columns: c.columns, rows: secret },
          { sheet: 'poverty.csv', columns: c.columns, rows: c.rows },
        ]);
        const before = await c.poverty();
        const result = await c.importBook(withHiddenSheets(bytes, ['poverty']), '--lang', 'en');
        expect(result.stdout).toContain('Skipped hidden sheet "poverty"');
        expect(result.stdout).not.toContain('1999');
        expect(await c.poverty()).toBe(before);
      }),
  },
  refused(
    'a very hidden sheet alone is not imported',
    async (c) =>
      withHiddenSheets(
        await povertyBook(c, [{ ...c.rows[0]!, year: '2099' }]),
        ['poverty'],
        'veryHidden',
      ),
    ['trang tính ẩn "poverty"', 'Không có trang tính nào để nhập'],
  ),
  refused(
    'a formula with no saved value stops the import, naming sheet and cell',
    async (c) => {
      const rows: Record<string, unknown>[] = c.rows.map((r) => ({ ...r }));
      rows[0]!.poor_households = { type: 'Formula', value: 'D2/5' };
      return typedWorkbook([{ sheet: 'poverty', columns: c.columns, rows: rows as Row[] }]);
    },
    ['"poverty"', 'công thức chưa được tính', 'Không ghi tệp nào'],
  ),
  refused(
    'an Excel error (#DIV/0!) stops the import, naming the cell',
    async (c) =>
      withPart(await povertyBook(c), SHEET_XML, (xml) =>
        xml.replace(/<c r="A2"([^>]*)>.*?<\/c>/, '<c r="A2" t="e"><f>1/0</f><v>#DIV/0!</v></c>'),
      ),
    ['A2 (lỗi #DIV/0!)'],
  ),
  refused(
    'a zip bomb with an honest directory (2 GiB) is refused before inflating',
    async (c) => zipBomb(await povertyBook(c), 2 ** 31, true),
    ['maxUncompressedBytes', 'zip bomb'],
    5_000,
  ),
  refused(
    'a zip bomb whose directory lies (claims 1 KB, inflates to 2 GiB) is stopped at once',
    async (c) => zipBomb(await povertyBook(c), 2 ** 31, false),
    ['inflates beyond the size its directory gives'],
    5_000,
  ),
  {
    kind: 'tool',
    name: 'a bomb in a part that is not read (a picture) is never inflated',
    run: () =>
      withContext(async (c) => {
        const added = { ...c.rows[0]!, year: '2099' };
        const entries = entriesOf(await povertyBook(c, [...c.rows, added]));
        const picture = { name: 'xl/media/image1.png', method: 8 as const, size: 2 ** 31 };
        const bytes = rawZip([...entries, { ...picture, data: deflatedSpaces(2 ** 31) }]);
        const result = await c.importBook(bytes);
        expect([0, 1]).toContain(result.status);
        expect(result.ms).toBeLessThan(10_000);
        expect(await c.poverty()).toContain(csvLine(c.columns, added));
      }),
  },
  refused(
    'one far cell (XFD1048576) that would make a grid of 17 billion is refused',
    async (c) =>
      withPart(await povertyBook(c), SHEET_XML, (xml) =>
        xml.replace(
          '</sheetData>',
          '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>',
        ),
      ),
    ['maxCells', 'XFD1048576'],
    5_000,
  ),
  refused(
    'a sheet of more than 500,000 cells is refused, naming the limit',
    async () => {
      const row = `<row>${'<c><v>1</v></c>'.repeat(1000)}</row>`;
      return withPart(await book([{ sheet: 'poverty', data: [['x']] }]), SHEET_XML, (xml) =>
        xml.replace(/<sheetData>.*<\/sheetData>/s, `<sheetData>${row.repeat(501)}</sheetData>`),
      );
    },
    ['maxCells', '500'],
  ),
  refused(
    'a part that declares a DTD (entity expansion) is refused',
    async (c) =>
      withPart(await povertyBook(c), 'xl/workbook.xml', (xml) =>
        xml.replace(/^<\?xml[^>]*>/, '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "a">]>'),
      ),
    ['workbook/corrupt', 'DTD'],
  ),
  refused(
    'bytes that are not a zip are refused as not a workbook',
    async () => new TextEncoder().encode('year,area_code\n2018,09\n'),
    ['không phải tệp Excel'],
  ),
  {
    kind: 'tool',
    name: 'cells right of the named columns are named and not imported; the rest is',
    run: () =>
      withContext(async (c) => {
        const added = { ...c.rows[0]!, year: '2099' };
        const extra = [...c.columns, 'ghi chú thêm'];
        const stray = { ...added, 'ghi chú thêm': 'ô-lạc-7431' };
        const bytes = await typedWorkbook([
          { sheet: 'poverty', columns: extra, rows: [...c.rows, stray] },
        ]);
        // The header names the extra column, so no dataset matches: refused, nothing written.
        const before = await snapshotFolder(c.dir);
        const named = await c.importBook(bytes);
        expect(named.status).toBe(2);
        expect(snapshotDifferences(before, await snapshotFolder(c.dir))).toEqual([]);
        // Without a header the cells are stray: listed by address, the named columns imported.
        const unnamed = withPart(bytes, SHEET_XML, (xml) =>
          xml.replace(new RegExp(`<c r="${columnLetters(c.columns.length)}1"[^>]*>.*?</c>`), ''),
        );
        const result = await c.importBook(unnamed);
        const cell = `${columnLetters(c.columns.length)}${c.rows.length + 2}`;
        expect(result.stdout).toContain(`các ô ${cell} nằm ngoài các cột có tên`);
        expect(await c.poverty()).toContain(csvLine(c.columns, added));
        expect(await c.poverty()).not.toContain('ô-lạc-7431');
      }),
  },
  refused(
    'a sheet named poverty with a header of another shape stops with the header problems',
    async () =>
      book([
        {
          sheet: 'poverty',
          data: [
            ['year', 'area'],
            [2018, 9],
          ],
        },
      ]),
    ['không chuyển được mà không mất ô nào', '"area"'],
  ),
  {
    kind: 'tool',
    name: 'two visible sheets for one dataset: the second is named and skipped',
    run: () =>
      withContext(async (c) => {
        const bytes = await typedWorkbook([
          { sheet: 'poverty', columns: c.columns, rows: c.rows },
          { sheet: 'Poverty.csv', columns: c.columns, rows: [{ ...c.rows[0]!, year: '2099' }] },
        ]);
        const before = await c.poverty();
        const result = await c.importBook(bytes);
        expect(result.stdout).toContain(
          'Bỏ qua trang tính "Poverty.csv": một trang tính khác đã là poverty.csv',
        );
        expect(await c.poverty()).toBe(before);
      }),
  },
];
