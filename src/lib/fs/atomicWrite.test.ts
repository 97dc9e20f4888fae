import { spawnSync } from 'node:child_process';
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atomicWrite, targetKind, writeRefusal, WriteRefused } from './atomicWrite.ts';
import { snapshotDifferences, snapshotFolder } from './folderSnapshot.ts';

// Lets one test make the rename fail, to see that the temporary file is cleaned up.
const failRename = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (failRename.on) throw Object.assign(new Error('EXDEV: simulated'), { code: 'EXDEV' });
      return actual.rename(from, to);
    },
  };
});

let dir: string;
let outside: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gn-atomic-'));
  outside = await mkdtemp(join(tmpdir(), 'gn-outside-'));
});
afterEach(async () => {
  failRename.on = false;
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

const leftovers = async () => (await readdir(dir)).filter((n) => n.endsWith('.tmp'));

describe('atomicWrite', () => {
  it('creates a new file and leaves no temporary file', async () => {
    await atomicWrite(join(dir, 'new.csv'), 'a,b\n');
    expect(await readFile(join(dir, 'new.csv'), 'utf8')).toBe('a,b\n');
    expect(await leftovers()).toEqual([]);
  });

  it('replaces a file by rename (a new inode) and keeps its permissions', async () => {
    const path = join(dir, 'poverty.csv');
    await writeFile(path, 'old\n');
    await chmod(path, 0o640);
    const before = await stat(path);
    await atomicWrite(path, new TextEncoder().encode('new\n'));
    const after = await stat(path);
    expect(await readFile(path, 'utf8')).toBe('new\n');
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
  });

  it('refuses a symbolic link, names it, and changes neither the link nor its target', async () => {
    const target = join(outside, 'elsewhere.csv');
    await writeFile(target, 'precious\n');
    const link = join(dir, 'poverty.csv');
    await symlink(target, link);
    const snapshot = await snapshotFolder(outside);
    const error = await atomicWrite(link, 'overwritten\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteRefused);
    expect(error).toMatchObject({ code: 'write/symlink', path: link });
    expect((error as WriteRefused).message_vi).toContain(link);
    expect((error as WriteRefused).message_vi).toContain('liên kết');
    expect((error as WriteRefused).message_en).toContain(target);
    expect(await readlink(link)).toBe(target);
    expect(snapshotDifferences(snapshot, await snapshotFolder(outside))).toEqual([]);
    expect(await leftovers()).toEqual([]);
  });

  it('refuses a dangling link and a folder', async () => {
    await symlink(join(outside, 'not-there.csv'), join(dir, 'a.csv'));
    await expect(atomicWrite(join(dir, 'a.csv'), 'x')).rejects.toMatchObject({
      code: 'write/symlink',
    });
    // Nothing was created where the link points, and the link is still a link.
    expect(await targetKind(join(outside, 'not-there.csv'))).toBe('missing');
    expect(await targetKind(join(dir, 'a.csv'))).toBe('symlink');
    await mkdir(join(dir, 'b.csv'));
    await expect(atomicWrite(join(dir, 'b.csv'), 'x')).rejects.toMatchObject({
      code: 'write/not-a-file',
    });
  });

  it('leaves the old file and no temporary file when the rename fails', async () => {
    const path = join(dir, 'poverty.csv');
    await writeFile(path, 'old\n');
    failRename.on = true;
    await expect(atomicWrite(path, 'new\n')).rejects.toThrow('EXDEV');
    expect(await readFile(path, 'utf8')).toBe('old\n');
    expect(await leftovers()).toEqual([]);
  });

  it('never shows a reader a half-written file', async () => {
    const path = join(dir, 'big.csv');
    const a = 'a'.repeat(2_000_000);
    const b = 'b'.repeat(3_000_000);
    await writeFile(path, a);
    let reads = 0;
    let writing = true;
    const reader = (async () => {
      while (writing) {
        const text = await readFile(path, 'utf8');
        expect(text === a || text === b).toBe(true);
        reads++;
      }
    })();
    for (let i = 0; i < 20; i++) await atomicWrite(path, i % 2 ? a : b);
    writing = false;
    await reader;
    expect(reads).toBeGreaterThan(0);
  });

  it('a killed writer leaves the old file whole', async () => {
    // The child is killed while it writes 50 MB; the file is the old one or the new one.
    const path = join(dir, 'poverty.csv');
    await writeFile(path, 'old\n');
    const script = `import { atomicWrite } from ${JSON.stringify(join(import.meta.dirname, 'atomicWrite.ts'))};
      setTimeout(() => process.kill(process.pid, 'SIGKILL'), 30);
      await atomicWrite(${JSON.stringify(path)}, 'n'.repeat(50_000_000));
      process.kill(process.pid, 'SIGKILL');`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script]);
    expect(child.signal).toBe('SIGKILL');
    const text = await readFile(path, 'utf8');
    expect(text === 'old\n' || text.length === 50_000_000).toBe(true);
  });
});

describe('writeRefusal', () => {
  it('is null for a regular or missing file, a refusal for a link', async () => {
    await writeFile(join(dir, 'f.csv'), '');
    expect(await writeRefusal(join(dir, 'f.csv'))).toBeNull();
    expect(await writeRefusal(join(dir, 'missing.csv'))).toBeNull();
    await symlink('f.csv', join(dir, 'l.csv'));
    expect((await writeRefusal(join(dir, 'l.csv')))?.code).toBe('write/symlink');
    expect((await lstat(join(dir, 'l.csv'))).isSymbolicLink()).toBe(true);
  });
});
