/**
 * What staff leave in data/ besides the datasets: browser and Windows copies, other cases and
 * extensions, workbooks, folders and symbolic links where a CSV should be — each named with what
 * to do, never silently ignored and never followed — and the one-error-not-121 rule when
 * areas.csv or sources.csv cannot be read.
 */
import { copyFile, mkdir, rename, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusCase, ProblemCode, ValidatorCase } from '../corpusCase.ts';

/** A copy of a dataset under another name, beside the real one. */
const copyAs =
  (from: string, to: string) =>
  async (dir: string): Promise<void> => {
    await copyFile(join(dir, from), join(dir, to));
  };

/** The real file renamed: the dataset itself is then missing. */
const renameTo =
  (from: string, to: string) =>
  async (dir: string): Promise<void> => {
    await rename(join(dir, from), join(dir, to));
  };

/** A folder where a dataset file should be. */
const folderInstead =
  (name: string) =>
  async (dir: string): Promise<void> => {
    await rm(join(dir, name));
    await mkdir(join(dir, name));
    await writeFile(join(dir, name, 'inside.csv'), 'code\n09\n');
  };

/** A symbolic link where a dataset file should be. */
const linkInstead =
  (name: string, target: (dir: string) => string) =>
  async (dir: string): Promise<void> => {
    await rm(join(dir, name), { force: true });
    await symlink(target(dir), join(dir, name));
  };

/** Codes that would mean the content behind a refused entry was read. */
const READ_CODES = ['header/unknown-column', 'header/missing-column', 'file/delimiter'];

const near = (name: string, setup: ValidatorCase['setup'], file = name): ValidatorCase => ({
  kind: 'validate',
  name: `a near-name: ${name}`,
  setup,
  expect: [{ code: 'file/near-name', file, line: null, column: null }],
});

/** A bad areas.csv: one problem says the references were not checked, none per row. */
const areasUnreadable = (
  name: string,
  expectCode: ProblemCode,
  edits: ValidatorCase['edits'],
  setup?: ValidatorCase['setup'],
): ValidatorCase => ({
  kind: 'validate',
  name: `areas.csv unreadable (${name}): one ref/unchecked, no cascade`,
  edits,
  setup,
  expect: [
    { code: expectCode, file: 'areas.csv' },
    { code: 'ref/unchecked', file: 'areas.csv', line: null },
  ],
  absent: ['ref/unknown-area', 'cell/code-leading-zero', 'rule/parent'],
});

export const cases: CorpusCase[] = [
  near('poverty (1).csv', copyAs('poverty.csv', 'poverty (1).csv')),
  near(
    'poverty (2).csv, the real one gone',
    renameTo('poverty.csv', 'poverty (2).csv'),
    'poverty (2).csv',
  ),
  near('Poverty.csv', renameTo('poverty.csv', 'Poverty.csv')),
  near('POVERTY.CSV', copyAs('poverty.csv', 'POVERTY.CSV')),
  near('poverty.csv.csv', copyAs('poverty.csv', 'poverty.csv.csv')),
  near('poverty.csv.txt', copyAs('poverty.csv', 'poverty.csv.txt')),
  near('poverty - Copy.csv', copyAs('poverty.csv', 'poverty - Copy.csv')),
  near('poverty - Copy (2).csv', copyAs('poverty.csv', 'poverty - Copy (2).csv')),
  near('Copy of poverty.csv', copyAs('poverty.csv', 'Copy of poverty.csv')),
  near('Bản sao của poverty.csv', copyAs('poverty.csv', 'Bản sao của poverty.csv')),
  near('poverty_2019_sua.csv', copyAs('poverty.csv', 'poverty_2019_sua.csv')),
  near('povety.csv (a typo)', copyAs('poverty.csv', 'povety.csv'), 'povety.csv'),
  {
    kind: 'validate',
    name: 'Poverty.csv in place of poverty.csv: the rename is named, the dataset missing',
    setup: renameTo('poverty.csv', 'Poverty.csv'),
    expect: [
      { code: 'file/near-name', file: 'Poverty.csv' },
      { code: 'file/missing', file: 'poverty.csv', line: null },
    ],
  },
  {
    kind: 'validate',
    name: 'poverty.xlsx beside poverty.csv',
    setup: async (dir) => writeFile(join(dir, 'poverty.xlsx'), 'PK\u0003\u0004 not really a zip'),
    expect: [{ code: 'file/workbook', file: 'poverty.xlsx', line: null }],
  },
  {
    kind: 'validate',
    name: 'a workbook with another name (bao-cao.xls)',
    setup: async (dir) => writeFile(join(dir, 'bao-cao.xls'), 'x'),
    expect: [{ code: 'file/workbook', file: 'bao-cao.xls' }],
  },
  {
    kind: 'validate',
    name: 'the lock file Excel leaves while poverty.xlsx is open',
    setup: async (dir) => writeFile(join(dir, '~$poverty.xlsx'), 'x'),
    expect: [{ code: 'file/unexpected', file: '~$poverty.xlsx' }],
  },
  {
    kind: 'validate',
    name: 'any other CSV (households.csv)',
    setup: async (dir) => writeFile(join(dir, 'households.csv'), 'a,b\n1,2\n'),
    expect: [{ code: 'file/unexpected', file: 'households.csv', line: null }],
  },
  {
    kind: 'validate',
    name: 'a .DS_Store left by a Mac',
    setup: async (dir) => writeFile(join(dir, '.DS_Store'), '\u0000\u0000\u0000\u0001Bud1'),
    expect: [{ code: 'file/unexpected', file: '.DS_Store' }],
  },
  {
    kind: 'validate',
    name: 'a folder of old files (old/poverty.csv)',
    setup: async (dir) => {
      await mkdir(join(dir, 'old'));
      await copyFile(join(dir, 'poverty.csv'), join(dir, 'old', 'poverty.csv'));
    },
    expect: [{ code: 'file/unexpected-folder', file: 'old', line: null }],
  },
  {
    kind: 'validate',
    name: 'a folder in place of poverty.csv is its own message, not "missing"',
    setup: folderInstead('poverty.csv'),
    expect: [{ code: 'file/not-a-file', file: 'poverty.csv', line: null }],
    absent: ['file/missing'],
  },
  {
    kind: 'validate',
    name: 'a folder in place of README.md',
    setup: async (dir) => mkdir(join(dir, 'README.md')),
    expect: [{ code: 'file/not-a-file', file: 'README.md' }],
  },
  {
    kind: 'validate',
    name: 'README.md and an empty geo/ folder are allowed',
    setup: async (dir) => {
      await writeFile(join(dir, 'README.md'), '# Data dictionary\n');
      await mkdir(join(dir, 'geo'));
    },
    expect: 'accepted',
  },
  {
    kind: 'validate',
    name: 'poverty.csv a symbolic link to /etc/passwd: refused unread',
    setup: linkInstead('poverty.csv', () => '/etc/passwd'),
    expect: [{ code: 'file/symlink', file: 'poverty.csv', line: null }],
    absent: [...READ_CODES, 'file/missing'],
  },
  {
    kind: 'validate',
    name: 'targets.csv a symbolic link to another dataset',
    setup: linkInstead('targets.csv', () => 'outputs.csv'),
    expect: [{ code: 'file/symlink', file: 'targets.csv' }],
    absent: READ_CODES,
  },
  {
    kind: 'validate',
    name: 'a symbolic link under a stray name (notes.csv → /etc/passwd)',
    setup: linkInstead('notes.csv', () => '/etc/passwd'),
    expect: [{ code: 'file/symlink', file: 'notes.csv' }],
    absent: READ_CODES,
  },
  {
    kind: 'validate',
    name: 'a dangling symbolic link in place of targets.csv',
    setup: linkInstead('targets.csv', (dir) => join(dir, 'nowhere.csv')),
    expect: [{ code: 'file/symlink', file: 'targets.csv' }],
    absent: ['file/missing', 'file/unreadable'],
  },
  {
    kind: 'validate',
    name: 'a symbolic link to a folder (old → /etc)',
    setup: linkInstead('old', () => '/etc'),
    expect: [{ code: 'file/symlink', file: 'old' }],
  },
  {
    kind: 'validate',
    name: 'areas.csv a symbolic link: refused, and its references not checked one by one',
    setup: linkInstead('areas.csv', () => '/etc/passwd'),
    expect: [
      { code: 'file/symlink', file: 'areas.csv' },
      { code: 'ref/unchecked', file: 'areas.csv' },
    ],
    absent: [...READ_CODES, 'ref/unknown-area'],
  },
  {
    kind: 'validate',
    name: 'a 300 MB areas.csv: refused unread, its references not checked one by one',
    setup: async (dir) => {
      // Sparse: the size is on record without writing 300 MB.
      await truncate(join(dir, 'areas.csv'), 300 * 1024 * 1024);
    },
    expect: [
      { code: 'file/too-large', file: 'areas.csv', line: null },
      { code: 'ref/unchecked', file: 'areas.csv' },
    ],
    absent: ['file/encoding', 'ref/unknown-area'],
  },
  {
    kind: 'validate',
    name: 'an empty targets.csv',
    edits: { 'targets.csv': () => '' },
    expect: [{ code: 'file/empty', file: 'targets.csv', line: null }],
  },
  {
    kind: 'validate',
    name: 'targets.csv with its header only (no figures yet) is accepted',
    edits: { 'targets.csv': (t) => `${t.split('\n')[0]}\n` },
    expect: 'accepted',
  },
  {
    kind: 'validate',
    name: 'areas.csv with its header only: readable, so every unknown code is an error',
    edits: { 'areas.csv': (t) => `${t.split('\n')[0]}\n` },
    expect: [{ code: 'ref/unknown-area', file: 'poverty.csv', line: 2, column: 'area_code' }],
    absent: ['ref/unchecked'],
  },
  {
    kind: 'validate',
    name: 'one unknown area code with a readable areas.csv is still an error',
    edits: { 'poverty.csv': (t) => t.replace('2018,092,', '2018,093,') },
    expect: [{ code: 'ref/unknown-area', file: 'poverty.csv', line: 4, column: 'area_code' }],
    absent: ['ref/unchecked'],
  },
  areasUnreadable('one bad byte', 'file/encoding', {
    'areas.csv': (t) => {
      const bytes = new TextEncoder().encode(t);
      bytes[bytes.indexOf(0x0a) + 3] = 0xff;
      return bytes;
    },
  }),
  areasUnreadable('an unclosed quote', 'file/quotes', {
    'areas.csv': (t) => t.replace('091,district', '"091,district'),
  }),
  areasUnreadable('a wrong header', 'header/unknown-column', {
    'areas.csv': (t) => t.replace('code,level', 'ma,level'),
  }),
  areasUnreadable('missing', 'file/missing', { 'areas.csv': () => null }),
  areasUnreadable('a folder', 'file/not-a-file', {}, folderInstead('areas.csv')),
  {
    kind: 'validate',
    name: 'sources.csv with a bad byte: one ref/unchecked, no unknown-source cascade',
    edits: {
      'sources.csv': (t) => {
        const bytes = new TextEncoder().encode(t);
        bytes[bytes.indexOf(0x0a) + 2] = 0xc3;
        return bytes;
      },
    },
    expect: [
      { code: 'file/encoding', file: 'sources.csv' },
      { code: 'ref/unchecked', file: 'sources.csv', line: null },
    ],
    absent: ['ref/unknown-source'],
  },
];
