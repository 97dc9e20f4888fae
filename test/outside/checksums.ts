/**
 * The published checksums as a user checks them, with GNU `sha256sum` (not our code): from the
 * folder the list sits in, every line verifies; from a downloads folder holding the list and a
 * few files under their own names, those files verify; and the list covers every file under
 * data/ plus datapackage.json.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checksummedPaths, CHECKSUMS_FILE } from '../../scripts/write-checksums.ts';

function sha256sumCheck(cwd: string, extra: string[]): { ok: boolean; output: string } {
  try {
    const output = execFileSync('sha256sum', ['--check', '--strict', ...extra, CHECKSUMS_FILE], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

export async function checksumFailures(siteDir: string): Promise<string[]> {
  const failures: string[] = [];
  const dataDir = join(siteDir, 'data');
  const listed = (await readFile(join(dataDir, CHECKSUMS_FILE), 'utf8'))
    .trimEnd()
    .split('\n')
    .map((line) => line.slice(66));
  const expected = await checksummedPaths(siteDir);
  const missing = expected.filter((p) => !listed.includes(p));
  if (missing.length) failures.push(`not listed: ${missing.slice(0, 10).join(', ')}`);
  if (listed.length < 20) failures.push(`only ${listed.length} files listed`);

  const inPlace = sha256sumCheck(dataDir, []);
  if (!inPlace.ok) failures.push(`sha256sum -c in data/ failed:\n${inPlace.output.slice(0, 2000)}`);

  // A journalist's downloads folder: the list and two datasets, saved under their own names.
  const downloads = await mkdtemp(join(tmpdir(), 'gn-downloads-'));
  try {
    for (const path of [CHECKSUMS_FILE, 'poverty.csv', 'xlsx/funding.xlsx']) {
      await copyFile(join(dataDir, path), join(downloads, basename(path)));
    }
    const result = sha256sumCheck(downloads, ['--ignore-missing']);
    if (!result.ok || !/^poverty\.csv: OK$/m.test(result.output)) {
      failures.push(`sha256sum -c --ignore-missing in a downloads folder:\n${result.output}`);
    }
  } finally {
    await rm(downloads, { recursive: true, force: true });
  }
  return failures;
}
