/** `npm run data:normalize` end to end: it rewrites, or refuses and leaves the file as it was. */
import { spawn, spawnSync } from 'node:child_process';
import { chmod, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotDifferences, snapshotFolder, watchFolder } from '../src/lib/fs/folderSnapshot.ts';
import { fixtureDir } from '../test/helpers/fixtureDir.ts';
import { excelExport, HEADER, NAMES, normalized, ROW } from '../test/helpers/povertyLines.ts';

const SCRIPT = join(import.meta.dirname, 'normalize-data.ts');

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function folder(poverty: string) {
  const dir = await fixtureDir({ 'poverty.csv': () => poverty });
  dirs.push(dir);
  return { dir, file: join(dir, 'poverty.csv') };
}

const run = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

describe('npm run data:normalize', () => {
  it('refuses a CRLF file with an unquoted comma in a note, and leaves it byte for byte', async () => {
    const text = `${HEADER}\r\n${ROW},Ghi chú, phần sau\r\n`;
    const { dir, file } = await folder(text);
    const before = await snapshotFolder(dir);
    const result = run(file);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}:2`);
    expect(result.stderr).toContain('row/field-count');
    const [n, m] = [NAMES.length + 1, NAMES.length];
    expect(result.stderr).toContain(`Dòng có ${n} ô nhưng tiêu đề có ${m} cột`);
    expect(result.stderr).toContain(`The row has ${n} cells but the header has ${m} columns`);
    expect(result.stdout).not.toContain('CRLF');
    expect(snapshotDifferences(before, await snapshotFolder(dir))).toEqual([]);
  });

  it('refuses a semicolon file whose note holds a semicolon', async () => {
    const text = `${HEADER.replaceAll(',', ';')}\r\n${ROW.replaceAll(',', ';')};a; b\r\n`;
    const { file } = await folder(text);
    const result = run(file);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}:2`);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('writes atomically: a new inode with the old permissions, no temporary file left', async () => {
    const { dir, file } = await folder(excelExport(3));
    await chmod(file, 0o640);
    const before = await stat(file);
    const result = run(file);
    expect(result.status).toBe(0);
    const after = await stat(file);
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
    expect((await readFile(file, 'utf8')).split('\n')[1]).toBe(normalized(0));
    const names = (await snapshotFolder(dir)).keys();
    expect([...names].filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('finishes the file when stdout is closed at once (| head)', async () => {
    const { file } = await folder(excelExport(5000));
    const child = spawn(process.execPath, [SCRIPT, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const lines = (await readFile(file, 'utf8')).split('\n');
    expect(lines).toHaveLength(5002);
    expect(lines[5000]).toBe(normalized(4999));
  });

  it('| head -3 never leaves the file empty (three runs)', async () => {
    for (let i = 0; i < 3; i++) {
      const { file } = await folder(excelExport(5000));
      const shell = spawnSync(
        'sh',
        ['-c', `"${process.execPath}" "${SCRIPT}" "${file}" | head -3`],
        {
          encoding: 'utf8',
        },
      );
      expect(shell.stdout.split('\n')).toHaveLength(4);
      const lines = (await readFile(file, 'utf8')).split('\n');
      expect(lines).toHaveLength(5002);
    }
  });

  it('refuses a symbolic link, naming it, with or without --dry-run; the target is untouched', async () => {
    const { dir } = await folder(`${HEADER}\n`);
    const outside = await fixtureDir({ 'poverty.csv': () => excelExport(2) });
    dirs.push(outside);
    const link = join(dir, 'link.csv');
    await symlink(join(outside, 'poverty.csv'), link);
    const before = await snapshotFolder(outside);
    for (const args of [[link], [link, '--dry-run']]) {
      const result = run(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(link);
      expect(result.stderr).toContain('liên kết tượng trưng');
      expect(result.stderr).toContain('symbolic link');
    }
    expect(await readlink(link)).toBe(join(outside, 'poverty.csv'));
    expect(snapshotDifferences(before, await snapshotFolder(outside))).toEqual([]);
  });

  it('--dry-run lists the changes and writes nothing (watched folder)', async () => {
    const { dir, file } = await folder(excelExport(3));
    const before = await snapshotFolder(dir);
    const watcher = watchFolder(dir);
    const result = run(file, '--dry-run');
    await new Promise((r) => setTimeout(r, 100));
    watcher.close();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[decimal mark]: "20,5" → "20.5"');
    expect(result.stdout).toContain('--dry-run');
    expect(watcher.events).toEqual([]);
    expect(snapshotDifferences(before, await snapshotFolder(dir))).toEqual([]);
  });

  it('exits 2 for an unknown option', async () => {
    const { file } = await folder(`${HEADER}\n`);
    expect(run(file, '--nope').status).toBe(2);
    await writeFile(file, `${HEADER}\n`);
  });
});
