/**
 * Writes data/SHA256SUMS.txt from the built site itself, after every other file is in place, so
 * it lists every published data file (datasets, Excel files, templates, per-area files, chart
 * files, coverage, history, the zip and datapackage.json) and cannot drift from what is served.
 * Paths are relative to data/, the folder the list sits in, so `sha256sum -c SHA256SUMS.txt` works
 * there, and `sha256sum -c --ignore-missing SHA256SUMS.txt` works in any folder holding some of
 * the files as downloaded (a browser saves them under their own names).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256sums } from '../src/lib/changes/checksums.ts';

export const CHECKSUMS_FILE = 'SHA256SUMS.txt';

/** Every file the list covers, as paths relative to data/. */
export async function checksummedPaths(siteDir: string): Promise<string[]> {
  const paths: string[] = [];
  for await (const path of glob('**/*', { cwd: join(siteDir, 'data') })) paths.push(path);
  const files: string[] = [];
  for (const path of paths.sort()) {
    if (path === CHECKSUMS_FILE) continue;
    const bytes = await readFile(join(siteDir, 'data', path)).catch(() => undefined);
    if (bytes) files.push(path); // folders have no bytes
  }
  return [...files, '../datapackage.json'];
}

export async function writeChecksums(siteDir: string): Promise<number> {
  const paths = await checksummedPaths(siteDir);
  const files = await Promise.all(
    paths.map(async (path) => ({ path, bytes: await readFile(join(siteDir, 'data', path)) })),
  );
  await writeFile(join(siteDir, 'data', CHECKSUMS_FILE), sha256sums(files));
  return files.length;
}
