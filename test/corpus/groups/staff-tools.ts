/**
 * The staff tools cannot destroy data: `data:normalize` refuses a change that would lose or move a
 * cell and leaves the file byte for byte; both tools write atomically, survive a closed pipe,
 * never write through a symbolic link (inside or outside --out), and `--dry-run` writes nothing
 * anywhere (a snapshot of bytes, times and inodes, and a watcher, prove it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { csvLine, csvObjects, typedWorkbook } from '../../../src/lib/excel/testSheets.ts';
import type { ProblemCode } from '../../../src/lib/data/messages.ts';
import {
  snapshotDifferences,
  snapshotFolder,
  watchFolder,
} from '../../../src/lib/fs/folderSnapshot.ts';
import { fixtureDir, REAL_DATA } from '../../helpers/fixtureDir.ts';
import { excelExport, HEADER, LAST, normalized, ROW } from '../../helpers/povertyLines.ts';
import type { CorpusCase, ToolCase } from '../corpusCase.ts';

const SCRIPTS = join(import.meta.dirname, '..', '..', '..', 'scripts');
const NORMALIZE = join(SCRIPTS, 'normalize-data.ts');
const IMPORT = join(SCRIPTS, 'import-workbook.ts');

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

/** Runs `body` on a fresh copy of the published data (always valid), then removes it. */
async function withData(body: (dir: string) => Promise<void>): Promise<void> {
  const dir = await fixtureDir({}, REAL_DATA);
  try {
    await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** `data:normalize` refuses the text with the line and both languages, and leaves the folder. */
const normalizeRefuses = (
  name: string,
  text: string,
  line: number,
  code: ProblemCode,
): ToolCase => ({
  kind: 'tool',
  name: `normalize refuses ${name}, file unchanged`,
  codes: [code],
  run: async (dir) => {
    const file = join(dir, 'poverty.csv');
    await writeFile(file, text);
    const before = await snapshotFolder(dir);
    const result = run(NORMALIZE, file);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}:${line}`);
    expect(result.stderr).toContain(code);
    expect(result.stderr).toContain('Tệp không bị thay đổi');
    expect(result.stderr).toContain('The file was left unchanged');
    expect(snapshotDifferences(before, await snapshotFolder(dir))).toEqual([]);
  },
});

/** Every non-blank cell of a file as a strict reader sees it, trimmed (what must survive). */
function cellsOf(text: string, delimiter: string): string[] {
  return Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' })
    .data.flat()
    .map((c) => c.trim())
    .filter(Boolean);
}

const normalizeCases: CorpusCase[] = [
  normalizeRefuses(
    'a CRLF file with an unquoted comma in a note',
    `${HEADER}\r\n${ROW},Ghi chú, phần sau bị mất\r\n`,
    2,
    'row/field-count',
  ),
  normalizeRefuses(
    'a semicolon file with an extra field',
    `${HEADER.replaceAll(',', ';')}\r\n${ROW.replaceAll(',', ';')};a; b\r\n`,
    2,
    'row/field-count',
  ),
  normalizeRefuses(
    'a row with fewer cells than the header',
    `${HEADER}\n${ROW},ok\n2019,09,final\n`,
    3,
    'row/field-count',
  ),
  normalizeRefuses(
    'text after a closing quote (InvalidQuotes)',
    `${HEADER}\n${ROW},"Mục tiêu" đến 2020\n${ROW},b\n`,
    2,
    'cell/text-after-quote',
  ),
  normalizeRefuses(
    'a quote that never closes (MissingQuotes)',
    `${HEADER}\n${ROW},ok\n${ROW},"mở mãi\n${ROW},b\n`,
    3,
    'file/quotes',
  ),
  normalizeRefuses(
    'text under a header cell left blank',
    `${HEADER},\n${ROW},a,lạc\n`,
    2,
    'header/unnamed-column',
  ),
  normalizeRefuses(
    'a header that matches no dataset',
    `year,area_code,households\n${ROW.split(',').slice(0, 3).join(',')}\n`,
    1,
    'file/no-dataset',
  ),
  normalizeRefuses(
    'two columns whose names fold to one',
    `${HEADER},${LAST.toUpperCase()}\n${ROW},a,b\n`,
    1,
    'header/duplicate-column',
  ),
  {
    kind: 'tool',
    name: 'normalize keeps every cell of a vi-VN export (semicolons, decimal commas, CRLF)',
    run: async (dir) => {
      const file = join(dir, 'poverty.csv');
      const text = excelExport(20);
      await writeFile(file, text);
      const result = run(NORMALIZE, file);
      expect(result.status).toBe(0);
      const out = await readFile(file, 'utf8');
      // Same cells, only their form changed: numbers by value, text as typed (trimmed).
      const form = (c: string) => c.replace(/^0+(?=\d)/, '').replace(/[.,]/g, '');
      expect(cellsOf(out, ',').map(form)).toEqual(cellsOf(text, ';').map(form));
    },
  },
  {
    kind: 'tool',
    name: 'normalize finishes the file when stdout is closed at once',
    run: async (dir) => {
      const file = join(dir, 'poverty.csv');
      await writeFile(file, excelExport(5000));
      const child = spawn(process.execPath, [NORMALIZE, file], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.destroy();
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(0);
      expect((await readFile(file, 'utf8')).split('\n')).toHaveLength(5002);
    },
  },
  {
    kind: 'tool',
    name: 'normalize | head -3 leaves the whole file (the run that emptied it)',
    run: async (dir) => {
      const file = join(dir, 'poverty.csv');
      await writeFile(file, excelExport(5000));
      spawnSync('sh', ['-c', `"${process.execPath}" "${NORMALIZE}" "${file}" | head -3`]);
      const lines = (await readFile(file, 'utf8')).split('\n');
      expect(lines).toHaveLength(5002);
      expect(lines[1]).toBe(normalized(0));
    },
  },
  {
    kind: 'tool',
    name: 'normalize writes atomically: new inode, old permissions, no temporary file',
    run: async (dir) => {
      const file = join(dir, 'poverty.csv');
      await writeFile(file, excelExport(3));
      await chmod(file, 0o600);
      const ino = (await stat(file)).ino;
      expect(run(NORMALIZE, file).status).toBe(0);
      const after = await stat(file);
      expect(after.ino).not.toBe(ino);
      expect(after.mode & 0o777).toBe(0o600);
      const names = [...(await snapshotFolder(dir)).keys()];
      expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    },
  },
  {
    kind: 'tool',
    name: 'normalize refuses a link to a file outside the folder; the target is untouched',
    run: async (dir) => {
      const outside = await tempDir('gn-outside-');
      try {
        await writeFile(join(outside, 'x.csv'), excelExport(3));
        await rm(join(dir, 'poverty.csv'));
        await symlink(join(outside, 'x.csv'), join(dir, 'poverty.csv'));
        const before = await snapshotFolder(outside);
        const result = run(NORMALIZE, join(dir, 'poverty.csv'));
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(join(dir, 'poverty.csv'));
        expect(result.stderr).toContain('symbolic link');
        expect(snapshotDifferences(before, await snapshotFolder(outside))).toEqual([]);
      } finally {
        await rm(outside, { recursive: true, force: true });
      }
    },
  },
  {
    kind: 'tool',
    name: 'normalize --dry-run writes nothing (watched folder)',
    run: async (dir) => {
      const file = join(dir, 'poverty.csv');
      await writeFile(file, excelExport(10));
      const before = await snapshotFolder(dir);
      const watcher = watchFolder(dir);
      const result = run(NORMALIZE, file, '--dry-run');
      await new Promise((r) => setTimeout(r, 100));
      watcher.close();
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('not written, --dry-run');
      expect(watcher.events).toEqual([]);
      expect(snapshotDifferences(before, await snapshotFolder(dir))).toEqual([]);
    },
  },
];

/** A workbook of the published poverty rows with one row added, in a folder apart. */
async function povertyBook(dir: string, books: string): Promise<{ book: string; added: string }> {
  const { columns, rows } = csvObjects(await readFile(join(dir, 'poverty.csv'), 'utf8'));
  const extra = { ...rows[0]!, year: '2099' };
  const book = join(books, 'book.xlsx');
  await writeFile(
    book,
    await typedWorkbook([{ sheet: 'poverty', columns, rows: [...rows, extra] }]),
  );
  return { book, added: csvLine(columns, extra) };
}

/** Runs `body` with the published data, a folder for workbooks and one "outside" folder. */
async function withFolders(
  body: (dir: string, books: string, outside: string) => Promise<void>,
): Promise<void> {
  const books = await tempDir('gn-books-');
  const outside = await fixtureDir({}, REAL_DATA);
  try {
    await withData((dir) => body(dir, books, outside));
  } finally {
    await rm(books, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  }
}

const importCases: CorpusCase[] = [
  {
    kind: 'tool',
    name: 'import --dry-run writes nothing in --out nor behind its links (watched folders)',
    run: () =>
      withFolders(async (dir, books, outside) => {
        await rm(join(dir, 'targets.csv'));
        await symlink(join(outside, 'targets.csv'), join(dir, 'targets.csv'));
        const { book, added } = await povertyBook(dir, books);
        const before = [await snapshotFolder(dir), await snapshotFolder(outside)];
        const watchers = [watchFolder(dir), watchFolder(outside)];
        const result = run(IMPORT, book, '--out', dir, '--dry-run');
        await new Promise((r) => setTimeout(r, 150));
        for (const w of watchers) w.close();
        expect(result.stdout).toContain(added);
        expect(result.stdout).toContain('--dry-run');
        expect(watchers.flatMap((w) => w.events)).toEqual([]);
        expect(snapshotDifferences(before[0]!, await snapshotFolder(dir))).toEqual([]);
        expect(snapshotDifferences(before[1]!, await snapshotFolder(outside))).toEqual([]);
      }),
  },
  {
    kind: 'tool',
    name: 'import refuses a data file linked outside --out, dry run or not; target untouched',
    run: () =>
      withFolders(async (dir, books, outside) => {
        const { book } = await povertyBook(dir, books);
        await rm(join(dir, 'poverty.csv'));
        await symlink(join(outside, 'poverty.csv'), join(dir, 'poverty.csv'));
        const before = await snapshotFolder(outside);
        for (const args of [['--dry-run'], []]) {
          const result = run(IMPORT, book, '--out', dir, ...args);
          expect(result.status).toBe(2);
          expect(result.stderr).toContain(join(dir, 'poverty.csv'));
          expect(result.stderr).toContain('symbolic link');
        }
        expect(snapshotDifferences(before, await snapshotFolder(outside))).toEqual([]);
      }),
  },
  {
    kind: 'tool',
    name: 'import refuses a data file linked to another file inside --out',
    run: () =>
      withFolders(async (dir, books) => {
        const { book } = await povertyBook(dir, books);
        await writeFile(join(dir, 'copy.txt'), await readFile(join(dir, 'poverty.csv')));
        await rm(join(dir, 'poverty.csv'));
        await symlink('copy.txt', join(dir, 'poverty.csv'));
        const before = await snapshotFolder(dir);
        const result = run(IMPORT, book, '--out', dir);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('liên kết tượng trưng');
        expect(await readlink(join(dir, 'poverty.csv'))).toBe('copy.txt');
        expect(snapshotDifferences(before, await snapshotFolder(dir))).toEqual([]);
      }),
  },
  {
    kind: 'tool',
    name: 'import refuses an --out that is itself a link',
    run: () =>
      withFolders(async (dir, books) => {
        const { book } = await povertyBook(dir, books);
        await symlink(dir, join(books, 'data'));
        const before = await snapshotFolder(dir);
        const result = run(IMPORT, book, '--out', join(books, 'data'));
        expect(result.status).toBe(2);
        expect(snapshotDifferences(before, await snapshotFolder(dir))).toEqual([]);
      }),
  },
  {
    kind: 'tool',
    name: 'import writes its files whole when stdout is closed at once',
    run: () =>
      withFolders(async (dir, books) => {
        const { book, added } = await povertyBook(dir, books);
        const lines = (await readFile(join(dir, 'poverty.csv'), 'utf8')).split('\n').length;
        const child = spawn(process.execPath, [IMPORT, book, '--out', dir], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout.destroy();
        await new Promise((resolve) => child.on('close', resolve));
        const text = await readFile(join(dir, 'poverty.csv'), 'utf8');
        expect(text.split('\n')).toHaveLength(lines + 1);
        expect(text.endsWith(`${added}\n`)).toBe(true);
      }),
  },
  {
    kind: 'tool',
    name: 'import writes atomically and leaves no temporary file',
    run: () =>
      withFolders(async (dir, books) => {
        const { book } = await povertyBook(dir, books);
        const ino = (await stat(join(dir, 'poverty.csv'))).ino;
        // Exit 0 or 1 (the added row's validity is the data's business): written either way.
        expect([0, 1]).toContain(run(IMPORT, book, '--out', dir).status);
        expect((await stat(join(dir, 'poverty.csv'))).ino).not.toBe(ino);
        const names = [...(await snapshotFolder(dir)).keys()];
        expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
      }),
  },
  {
    kind: 'tool',
    name: 'import --replace with an unknown dataset writes nothing',
    run: () =>
      withFolders(async (dir, books) => {
        const { book } = await povertyBook(dir, books);
        const before = await snapshotFolder(dir);
        const result = run(IMPORT, book, '--out', dir, '--replace', 'all');
        expect(result.status).toBe(2);
        expect(snapshotDifferences(before, await snapshotFolder(dir))).toEqual([]);
      }),
  },
];

export const cases: CorpusCase[] = [...normalizeCases, ...importCases];
