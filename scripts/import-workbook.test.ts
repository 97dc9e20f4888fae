/** `npm run data:import` end to end: a workbook in, canonical CSVs and a validation report out. */
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureDir } from '../test/helpers/fixtureDir.ts';

const HEADER = [
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
// The fixture's poverty rows, as a person would type them (codes as numbers).
const ROWS = [
  [2018, 9, 'final', 1000, 200, 100, 20, 10, null, null, 'test-report', null],
  [2018, 91, 'final', 600, 150, 60, 25, 10, 30, 5, 'test-report', null],
  [2018, 92, 'final', 400, 50, 40, 12.5, 10, null, null, 'test-report', null],
  [2019, 9, 'preliminary', null, null, null, 19.93, null, null, null, 'test-report', null],
];

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** Writes the rows as a one-sheet workbook and imports it into a copy of the valid fixture. */
async function runImport(rows: unknown[][], ...args: string[]) {
  const dir = await fixtureDir();
  dirs.push(dir);
  const book = join(dir, 'book.xlsx');
  await writeFile(
    book,
    await writeXlsxFile([{ sheet: 'poverty', data: [HEADER, ...rows] as never }]).toBuffer(),
  );
  const result = spawnSync(
    process.execPath,
    ['scripts/import-workbook.ts', book, '--out', dir, ...args],
    { encoding: 'utf8' },
  );
  return { dir, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run data:import', () => {
  it('writes canonical CSV, shows the cell it changed, and exits 0 when valid', async () => {
    const edited = ROWS.map((r) => [...r]);
    edited[1]![4] = 151;
    edited[1]![6] = 25.17;
    const { dir, status, stdout } = await runImport(edited);
    expect(stdout).toContain('0 dòng thêm, 0 dòng xoá, 1 dòng sửa');
    expect(stdout).toContain('2018 · 091 · final · test-report · poor_households: "150" → "151"');
    expect(stdout).toContain('Dữ liệu hợp lệ');
    expect(status).toBe(0);
    const text = await readFile(join(dir, 'poverty.csv'), 'utf8');
    expect(text.split('\n')[2]).toBe('2018,091,final,600,151,60,25.17,10,30,5,test-report,');
  });

  it('points each problem at its Excel row and exits 1 when invalid', async () => {
    const edited = ROWS.map((r) => [...r]);
    edited[2]![4] = 500; // more poor households than households: row 4 in Excel
    const { status, stdout } = await runImport(edited);
    expect(stdout).toMatch(/dòng 4, cột poor_households.*\[Excel: trang tính "poverty", hàng 4\]/);
    expect(status).toBe(1);
  });

  it('writes nothing with --dry-run', async () => {
    const edited = ROWS.map((r) => [...r]);
    edited[0]![4] = 201;
    const { dir, status, stdout } = await runImport(edited, '--dry-run');
    expect(stdout).toContain('--dry-run');
    expect(stdout).toContain('poor_households: "200" → "201"');
    expect(status).toBe(0);
    const text = await readFile(join(dir, 'poverty.csv'), 'utf8');
    expect(text.split('\n')[1]).toContain(',200,');
  });

  it('exits 2 for a file that is not a workbook', async () => {
    const dir = await fixtureDir();
    dirs.push(dir);
    await writeFile(join(dir, 'book.xlsx'), 'not a zip');
    const result = spawnSync(
      process.execPath,
      ['scripts/import-workbook.ts', join(dir, 'book.xlsx'), '--out', dir],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Không đọc được tệp Excel');
  });
});
