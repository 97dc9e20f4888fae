import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDataFolder } from './checkDataFolder.ts';

const FILES = ['areas.csv', 'poverty.csv'];
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gn-folder-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const check = () => checkDataFolder(dir, 'data', FILES);
const summary = async () => (await check()).problems.map((p) => [p.file, p.code, p.line, p.value]);

describe('checkDataFolder', () => {
  it('accepts exactly the datasets, README.md and geo/', async () => {
    await writeFile(join(dir, 'areas.csv'), 'x');
    await writeFile(join(dir, 'README.md'), '#');
    await mkdir(join(dir, 'geo'));
    const result = await check();
    expect(result.problems).toEqual([]);
    expect([...result.datasets]).toEqual([
      ['areas.csv', 'plain'],
      ['poverty.csv', 'missing'],
    ]);
    expect(result.geo).toBe('plain');
  });

  it('names each stray entry with the dataset it resembles', async () => {
    await writeFile(join(dir, 'poverty.csv'), 'x');
    await writeFile(join(dir, 'poverty (1).csv'), 'x');
    await writeFile(join(dir, 'Areas.csv'), 'x');
    await writeFile(join(dir, 'poverty.xlsx'), 'x');
    await writeFile(join(dir, 'other.csv'), 'x');
    await mkdir(join(dir, 'backup'));
    const problems = (await check()).problems.map((p) => [p.file, p.code, p.line, p.value]);
    expect(problems).toEqual([
      ['data/Areas.csv', 'file/near-name', null, 'Areas.csv'],
      ['data/backup', 'file/unexpected-folder', null, 'backup'],
      ['data/other.csv', 'file/unexpected', null, 'other.csv'],
      ['data/poverty (1).csv', 'file/near-name', null, 'poverty (1).csv'],
      ['data/poverty.xlsx', 'file/workbook', null, 'poverty.xlsx'],
    ]);
  });

  it('says "replacing the old one" only when the real file is there', async () => {
    await writeFile(join(dir, 'poverty.csv'), 'x');
    await writeFile(join(dir, 'poverty (1).csv'), 'x');
    await writeFile(join(dir, 'Areas.csv'), 'x');
    const [areas, poverty] = (await check()).problems;
    expect(poverty!.message_en).toContain('rename it to poverty.csv, replacing the old one');
    expect(poverty!.message_vi).toContain('đổi tên thành poverty.csv (thay thế tệp cũ)');
    expect(areas!.message_en).toContain('rename it to areas.csv;');
  });

  it('refuses links and folders in place of a dataset, without reading them', async () => {
    await symlink('/etc/passwd', join(dir, 'poverty.csv'));
    await mkdir(join(dir, 'areas.csv'));
    await symlink('/etc', join(dir, 'geo'));
    const result = await check();
    expect(result.problems.map((p) => [p.file, p.code])).toEqual([
      ['data/areas.csv', 'file/not-a-file'],
      ['data/geo', 'file/symlink'],
      ['data/poverty.csv', 'file/symlink'],
    ]);
    expect([...result.datasets.values()]).toEqual(['refused', 'refused']);
    expect(result.geo).toBe('refused');
    expect(JSON.stringify(result.problems)).not.toContain('root:');
    expect(result.problems[0]!.message_en).toContain('is a folder, not a plain file');
  });

  it('refuses geo when it is a file', async () => {
    await writeFile(join(dir, 'geo'), '{}');
    expect(await summary()).toEqual([['data/geo', 'geo/not-a-folder', null, 'geo']]);
    expect((await check()).geo).toBe('refused');
  });

  it('reads a folder that does not exist as empty', async () => {
    const result = await checkDataFolder(join(dir, 'nope'), 'data', FILES);
    expect(result.problems).toEqual([]);
    expect([...result.datasets.values()]).toEqual(['missing', 'missing']);
  });
});
