/**
 * `npm run data:import` end to end: a workbook in, canonical CSVs and a validation report out.
 * Sheets are built from the fixture's own rows (see testSheets), typed as a person would.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { columnLetters } from '../src/lib/excel/columns.ts';
import { withHiddenSheets, zipBomb } from '../src/lib/excel/hostileWorkbooks.ts';
import { csvLine, csvObjects, typedWorkbook, type Row } from '../src/lib/excel/testSheets.ts';
import { datasetWorkbook } from '../src/lib/excel/workbook.ts';
import { snapshotDifferences, snapshotFolder, watchFolder } from '../src/lib/fs/folderSnapshot.ts';
import { DATASETS } from '../src/lib/schemas/datasets.ts';
import { fixtureDir, VALID_FIXTURE } from '../test/helpers/fixtureDir.ts';

const SCRIPT = join(import.meta.dirname, 'import-workbook.ts');
const fixture = csvObjects(await readFile(join(VALID_FIXTURE, 'poverty.csv'), 'utf8'));
const { columns } = fixture;
/** The fixture's poverty rows; row 2 (Excel row 3) is district 091 of 2018. */
const ROWS: Row[] = fixture.rows;
const line = (row: Row) => csvLine(columns, row);
const noteColumn = columns.find((c) => c.startsWith('note')) ?? columns.at(-1)!;

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A copy of the valid fixture, and a folder apart for workbooks (the data folder holds CSVs). */
async function folders() {
  const dir = await fixtureDir();
  const books = await mkdtemp(join(tmpdir(), 'gn-books-'));
  dirs.push(dir, books);
  return { dir, books };
}

async function saveBook(books: string, bytes: Uint8Array, name = 'book.xlsx') {
  const path = join(books, name);
  await writeFile(path, bytes);
  return path;
}

const povertyBook = (rows: readonly Row[], sheet = 'poverty') =>
  typedWorkbook([{ sheet, columns, rows }]);

function runImport(book: string, dir: string, ...args: string[]) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [SCRIPT, book, '--out', dir, ...args], {
    encoding: 'utf8',
  });
  return { ...result, ms: Date.now() - started };
}

/** Writes the rows as a one-sheet workbook and imports it into a copy of the valid fixture. */
async function importRows(rows: readonly Row[], ...args: string[]) {
  const { dir, books } = await folders();
  const book = await saveBook(books, await povertyBook(rows));
  return { dir, ...runImport(book, dir, ...args) };
}

const povertyLines = async (dir: string) =>
  (await readFile(join(dir, 'poverty.csv'), 'utf8')).trimEnd().split('\n');
const edit = (i: number, changes: Row) => ROWS.map((r, k) => (k === i ? { ...r, ...changes } : r));

describe('npm run data:import', () => {
  it('writes canonical CSV, shows the cell it changed, and exits 0 when valid', async () => {
    const rows = edit(1, { poor_households: '151' });
    const { dir, status, stdout } = await importRows(rows);
    expect(stdout).toContain('0 dòng thêm, 0 dòng xoá, 1 dòng sửa');
    expect(stdout).toMatch(/~ hàng 3: 2018 · 091 · .*poor_households: "150" → "151"/);
    expect(stdout).toContain('Dữ liệu hợp lệ');
    expect(status).toBe(0);
    expect((await povertyLines(dir))[2]).toBe(line(rows[1]!));
  });

  it('points each problem at its Excel row and exits 1 when invalid', async () => {
    // More poor households than households: row 4 in Excel.
    const { status, stdout } = await importRows(edit(2, { poor_households: '500' }));
    expect(stdout).toMatch(/dòng 4, cột poor_households.*\[Excel: trang tính "poverty", hàng 4\]/);
    expect(status).toBe(1);
  });

  it('exits 2 for a file that is not a workbook, and writes nothing', async () => {
    const { dir, books } = await folders();
    const before = await snapshotFolder(dir);
    const result = runImport(await saveBook(books, new TextEncoder().encode('not a zip')), dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('không phải tệp Excel');
    expect(result.stderr).toContain('Nothing was written');
    expect(snapshotDifferences(before, await snapshotFolder(dir))).toEqual([]);
  });
});

describe('an import never removes rows unless asked by name', () => {
  const added = { ...ROWS[0]!, year: '2020', poor_households: '190' };

  it('a blank template with one row typed in adds that row and keeps every other', async () => {
    const { dir, books } = await folders();
    const before = await povertyLines(dir);
    // The site's template: the header, one row typed in, then 200 blank Text-formatted rows.
    const book = await saveBook(books, await datasetWorkbook(DATASETS.poverty, [added]));
    const { status, stdout } = runImport(book, dir);
    expect(stdout).toContain(`1 dòng thêm, 0 dòng xoá, 0 dòng sửa, ${ROWS.length} dòng giữ nguyên`);
    expect(stdout).toContain(`+ hàng 2: ${line(added)}`);
    expect(stdout).toContain('GIỮ NGUYÊN, không xoá');
    expect(stdout).toContain('--replace poverty');
    expect(status).toBe(0);
    expect(await povertyLines(dir)).toEqual([...before, line(added)]);
  });

  it('with --replace <dataset> the sheet is the whole file; each removed row is listed', async () => {
    const kept = [ROWS[0]!, ROWS[3]!];
    const { dir, status, stdout } = await importRows(kept, '--replace', 'poverty');
    expect(stdout).toContain('0 dòng thêm, 2 dòng xoá, 0 dòng sửa');
    expect(stdout).toContain(`  - ${line(ROWS[1]!)}`);
    expect(stdout).toContain(`  - ${line(ROWS[2]!)}`);
    expect(stdout).toContain('SẼ BỊ XOÁ');
    expect(status).toBe(0);
    expect(await povertyLines(dir)).toEqual([columns.join(','), ...kept.map(line)]);
  });

  it('--replace names a dataset: an unknown one, or one the workbook lacks, writes nothing', async () => {
    const { dir, books } = await folders();
    const book = await saveBook(books, await povertyBook(ROWS));
    const before = await snapshotFolder(dir);
    const unknown = runImport(book, dir, '--replace', 'everything');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--replace everything');
    const absent = runImport(book, dir, '--replace', 'areas');
    expect(absent.status).toBe(2);
    expect(absent.stderr).toContain('--replace areas');
    expect(absent.stderr).toContain('Nothing was written');
    expect(snapshotDifferences(before, await snapshotFolder(dir))).toEqual([]);
  });
});

describe('--dry-run writes nothing, ever', () => {
  it('the data folder and what its links point to are byte-, time- and inode-identical', async () => {
    const { dir, books } = await folders();
    // A link inside the data folder (not to a file the import writes) and its target outside.
    const outside = await fixtureDir();
    dirs.push(outside);
    await rm(join(dir, 'sources.csv'));
    await symlink(join(outside, 'sources.csv'), join(dir, 'sources.csv'));
    const added = { ...ROWS[0]!, year: '2020' };
    const book = await saveBook(
      books,
      await povertyBook([...edit(0, { poor_households: '201' }), added]),
    );
    const before = [await snapshotFolder(dir), await snapshotFolder(outside)];
    const watchers = [watchFolder(dir), watchFolder(outside)];
    const result = runImport(book, dir, '--dry-run');
    await new Promise((r) => setTimeout(r, 150));
    for (const w of watchers) w.close();
    expect(result.stdout).toContain('poor_households: "200" → "201"');
    expect(result.stdout).toContain(`+ hàng ${ROWS.length + 2}: ${line(added)}`);
    expect(result.stdout).toContain('--dry-run');
    // The validator may refuse the link (exit 1); what matters is that nothing was written.
    expect([0, 1]).toContain(result.status);
    expect(watchers.flatMap((w) => w.events)).toEqual([]);
    expect(snapshotDifferences(before[0]!, await snapshotFolder(dir))).toEqual([]);
    expect(snapshotDifferences(before[1]!, await snapshotFolder(outside))).toEqual([]);
  });

  it('a data file that is a link is refused, in a dry run too; its target is untouched', async () => {
    const { dir, books } = await folders();
    const outside = await fixtureDir();
    dirs.push(outside);
    await rm(join(dir, 'poverty.csv'));
    await symlink(join(outside, 'poverty.csv'), join(dir, 'poverty.csv'));
    const book = await saveBook(books, await povertyBook(ROWS.slice(0, 1)));
    const before = await snapshotFolder(outside);
    for (const args of [['--dry-run'], []]) {
      const result = runImport(book, dir, ...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(join(dir, 'poverty.csv'));
      expect(result.stderr).toContain('liên kết tượng trưng');
      expect(result.stderr).toContain('symbolic link');
    }
    expect(await readlink(join(dir, 'poverty.csv'))).toBe(join(outside, 'poverty.csv'));
    expect(snapshotDifferences(before, await snapshotFolder(outside))).toEqual([]);
  });

  it('an --out folder that is a link is refused', async () => {
    const { dir, books } = await folders();
    const link = join(books, 'data');
    await symlink(dir, link);
    const book = await saveBook(books, await povertyBook(ROWS));
    const before = await snapshotFolder(dir);
    const result = runImport(book, link);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('symbolic link');
    expect(snapshotDifferences(before, await snapshotFolder(dir))).toEqual([]);
  });
});

describe('what a workbook hides or lacks is never imported', () => {
  it('a hidden sheet never wins over the visible one', async () => {
    const { dir, books } = await folders();
    const bytes = await typedWorkbook([
      { sheet: 'poverty', columns, rows: edit(0, { poor_households: '999' }) },
      { sheet: 'poverty.csv', columns, rows: ROWS },
    ]);
    const book = await saveBook(books, withHiddenSheets(bytes, ['poverty']));
    const { status, stdout } = runImport(book, dir, '--lang', 'en');
    expect(stdout).toContain('Skipped hidden sheet "poverty"');
    expect(stdout).toContain('Sheet "poverty.csv" →');
    expect(stdout).not.toContain('999');
    expect(status).toBe(0);
    expect((await povertyLines(dir))[1]).toBe(line(ROWS[0]!));
  });

  it('a formula with no saved value stops the import, naming the sheet and cell', async () => {
    const { dir, books } = await folders();
    const rows = ROWS.map(
      (r) => ({ ...r }) as Record<string, string | { type: 'Formula'; value: string }>,
    );
    rows[1]!.poor_households = { type: 'Formula', value: 'E2-50' };
    const cell = `${columnLetters(columns.indexOf('poor_households'))}3`;
    const book = await saveBook(books, await typedWorkbook([{ sheet: 'poverty', columns, rows }]));
    const before = await snapshotFolder(dir);
    const result = runImport(book, dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"poverty"');
    expect(result.stderr).toContain(`${cell} (công thức chưa được tính)`);
    expect(result.stderr).toContain('Không ghi tệp nào');
    expect(snapshotDifferences(before, await snapshotFolder(dir))).toEqual([]);
  });

  it.each([true, false])(
    'a zip bomb (directory honest: %s) is refused in seconds, naming the limit',
    async (honest) => {
      const { dir, books } = await folders();
      const book = await saveBook(books, zipBomb(await povertyBook(ROWS), 2 ** 31, honest));
      const before = await snapshotFolder(dir);
      const result = runImport(book, dir);
      expect(result.status).toBe(2);
      expect(result.ms).toBeLessThan(10_000);
      expect(result.stderr).toContain(honest ? 'maxUncompressedBytes' : 'workbook/corrupt');
      expect(result.stderr).toContain(honest ? 'zip bomb' : 'inflates beyond');
      expect(snapshotDifferences(before, await snapshotFolder(dir))).toEqual([]);
    },
  );

  it('a sheet whose header cannot be mapped stops the import with the header problems', async () => {
    const { dir, books } = await folders();
    const book = await saveBook(
      books,
      await typedWorkbook([
        { sheet: 'poverty', columns: ['year', 'area'], rows: [{ year: '2018', area: '9' }] },
      ]),
    );
    const result = runImport(book, dir, '--lang', 'en');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot be converted without losing a cell');
    expect(result.stderr).toMatch(/Column "area" is not part of the dataset/);
  });
});

describe('a closed pipe', () => {
  it('does not stop the import from writing its files', async () => {
    const { dir, books } = await folders();
    const many = Array.from({ length: 3000 }, (_, i) => ({
      ...ROWS[3]!,
      year: String(3000 + i),
      [noteColumn]: `ghi chú ${i}`,
    }));
    const book = await saveBook(books, await povertyBook(many));
    const child = spawn(process.execPath, [SCRIPT, book, '--out', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    await new Promise((resolve) => child.on('close', resolve));
    const lines = await povertyLines(dir);
    expect(lines).toHaveLength(1 + ROWS.length + 3000);
    expect(lines.at(-1)).toBe(line(many.at(-1)!));
  });
});
