/**
 * Writes a file so that it is either the old bytes or the new ones, never something between:
 * the new content goes to a temporary file in the same folder (same file system, same
 * permissions as the file it replaces), is flushed to disk, then renamed over the target. A
 * process killed half way, a full disk or a closed pipe leaves the old file untouched.
 *
 * It never writes through a symbolic link: a link at the target is refused, with a message that
 * names it, instead of silently changing whatever file the link points to (possibly outside the
 * data folder). Rename replaces the directory entry, so even a link swapped in at the last moment
 * is replaced, not followed.
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, readlink, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What is at a path, without following a link. */
export type TargetKind = 'missing' | 'file' | 'symlink' | 'other';

/** A write the module will not do; `message` holds both languages, `message_vi`/`_en` each. */
export class WriteRefused extends Error {
  readonly code: 'write/symlink' | 'write/not-a-file';
  readonly path: string;
  readonly message_vi: string;
  readonly message_en: string;
  constructor(code: WriteRefused['code'], path: string, vi: string, en: string) {
    super(`${vi}\n${en}`);
    this.name = 'WriteRefused';
    this.code = code;
    this.path = path;
    this.message_vi = vi;
    this.message_en = en;
  }
}

export async function targetKind(path: string): Promise<TargetKind> {
  try {
    const stats = await lstat(path);
    if (stats.isSymbolicLink()) return 'symlink';
    return stats.isFile() ? 'file' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

/**
 * The refusal for writing `path`, or null when it is a regular file or does not exist yet. Tools
 * call it for every file before writing any, so a refusal leaves the whole folder untouched.
 */
export async function writeRefusal(path: string): Promise<WriteRefused | null> {
  const kind = await targetKind(path);
  if (kind === 'symlink') {
    const to = await readlink(path).catch(() => '?');
    return new WriteRefused(
      'write/symlink',
      path,
      `Không ghi: ${path} là liên kết tượng trưng (symbolic link) trỏ tới ${to}. Công cụ không bao giờ ghi qua liên kết; hãy thay liên kết bằng tệp thật rồi chạy lại.`,
      `Not written: ${path} is a symbolic link to ${to}. The tools never write through a link; replace the link with a real file and run again.`,
    );
  }
  if (kind === 'other') {
    return new WriteRefused(
      'write/not-a-file',
      path,
      `Không ghi: ${path} không phải tệp thông thường (có thể là thư mục).`,
      `Not written: ${path} is not a regular file (perhaps a folder).`,
    );
  }
  return null;
}

/**
 * Replaces `path` with `data` atomically. Keeps the permissions of the file it replaces (a new
 * file gets the default ones); throws WriteRefused for a link or a non-file, I/O errors as they
 * come, and in every failure removes its temporary file.
 */
export async function atomicWrite(path: string, data: string | Uint8Array): Promise<void> {
  const refused = await writeRefusal(path);
  if (refused) throw refused;
  const existing = await lstat(path).catch(() => null);
  const dir = dirname(path);
  // A dot name, so the validator and `git status` readers see it as what it is if it is left.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  // 'wx' fails if anything (even a dangling link) already has the name: nothing is followed.
  const handle = await open(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  try {
    try {
      await handle.writeFile(data);
      if (existing) await handle.chmod(existing.mode & 0o7777);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Checked again just before the rename, which itself replaces a link rather than follow it.
    const late = await writeRefusal(path);
    if (late) throw late;
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  await syncDirectory(dir);
}

/** Flushes the folder entry of the rename; not every system allows it, and that is harmless. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => {});
  await handle.close();
}
