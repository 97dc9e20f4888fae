/**
 * Proof that a command wrote nothing: every entry of a folder (recursively, links not followed)
 * with its bytes, size, mtime, ctime, inode and mode, compared before and after; and a watcher
 * that records any event in the folder while the command runs. Used by the tests of the staff
 * tools' `--dry-run`.
 */
import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';

export interface EntrySnapshot {
  kind: 'file' | 'dir' | 'symlink' | 'other';
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  mode: number;
  /** SHA-256 of a file's bytes. */
  sha256?: string;
  /** Where a link points (as written in the link). */
  link?: string;
}

/** Every entry under `dir` by relative path (`.` is the folder itself). */
export async function snapshotFolder(dir: string): Promise<Map<string, EntrySnapshot>> {
  const out = new Map<string, EntrySnapshot>();
  const visit = async (relative: string): Promise<void> => {
    const path = relative === '.' ? dir : join(dir, relative);
    const s = await lstat(path);
    const kind = s.isSymbolicLink()
      ? 'symlink'
      : s.isDirectory()
        ? 'dir'
        : s.isFile()
          ? 'file'
          : 'other';
    const entry: EntrySnapshot = {
      kind,
      size: s.size,
      mtimeMs: s.mtimeMs,
      ctimeMs: s.ctimeMs,
      ino: s.ino,
      mode: s.mode,
    };
    if (kind === 'file')
      entry.sha256 = createHash('sha256')
        .update(await readFile(path))
        .digest('hex');
    if (kind === 'symlink') entry.link = await readlink(path);
    out.set(relative, entry);
    if (kind === 'dir')
      for (const name of (await readdir(path)).sort())
        await visit(relative === '.' ? name : join(relative, name));
  };
  await visit('.');
  return out;
}

/** What differs between two snapshots, one line per entry; empty when nothing changed. */
export function snapshotDifferences(
  before: ReadonlyMap<string, EntrySnapshot>,
  after: ReadonlyMap<string, EntrySnapshot>,
): string[] {
  const lines: string[] = [];
  for (const [path, was] of before) {
    const now = after.get(path);
    if (!now) lines.push(`${path}: removed`);
    else
      for (const key of Object.keys(was) as (keyof EntrySnapshot)[])
        if (was[key] !== now[key]) lines.push(`${path}: ${key} ${was[key]} → ${now[key]}`);
  }
  for (const path of after.keys()) if (!before.has(path)) lines.push(`${path}: created`);
  return lines;
}

/** Records every file-system event under `dir` until closed. */
export function watchFolder(dir: string): { events: string[]; close: () => void } {
  const events: string[] = [];
  const watcher: FSWatcher = watch(dir, { recursive: true }, (type, name) => {
    events.push(`${type} ${name ?? '?'}`);
  });
  return { events, close: () => watcher.close() };
}
