/**
 * Opens a data file for reading only if it is a plain file, never through a symbolic link: a
 * link committed in place of a CSV could otherwise make the report print a line of any file on
 * the machine (/etc/passwd), and a FIFO could hang the validator.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

// O_NOFOLLOW: a link swapped in after the folder was listed fails to open instead of being
// read. O_NONBLOCK: a FIFO opens at once (and is refused below) instead of waiting for a writer.
// Neither exists on Windows, where the listing's own check (lstat) is what refuses links.
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export type Opened =
  | { ok: true; handle: FileHandle; size: number }
  | { ok: false; reason: 'symlink' | 'not-a-file' }
  | { ok: false; reason: 'too-large'; size: number };

/** Opens `path`, refusing links, folders, devices and files over `maxBytes` before any read. */
export async function openPlainFile(path: string, maxBytes: number): Promise<Opened> {
  let handle: FileHandle;
  try {
    handle = await open(path, FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return { ok: false, reason: 'symlink' };
    throw error;
  }
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    return { ok: false, reason: 'not-a-file' };
  }
  if (info.size > maxBytes) {
    await handle.close();
    return { ok: false, reason: 'too-large', size: info.size };
  }
  return { ok: true, handle, size: info.size };
}
