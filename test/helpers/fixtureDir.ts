/** Copies the valid test dataset to a temporary folder, applying edits, for one test. */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validateDirectory } from '../../src/lib/data/validateDirectory.ts';

export const VALID_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'valid');

export type Edit = (text: string) => string | Uint8Array | null;

/** Replaces line `n` (1-based) of a CSV text. */
export const replaceLine =
  (n: number, line: string): Edit =>
  (text) => {
    const lines = text.split('\n');
    lines[n - 1] = line;
    return lines.join('\n');
  };

/** Appends a data line. */
export const appendLine =
  (line: string): Edit =>
  (text) =>
    `${text}${line}\n`;

/** The published data folder, for cases that must hold on the real files too. */
export const REAL_DATA = join(import.meta.dirname, '..', '..', 'data');

export async function fixtureDir(
  edits: Record<string, Edit> = {},
  base: string = VALID_FIXTURE,
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gn-fixture-'));
  await cp(base, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    // A file the fixture lacks starts empty, so tests can add files (e.g. geo/*.geojson).
    const result = edit(await readFile(path, 'utf8').catch(() => ''));
    if (result === null) await rm(path);
    else {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, result);
    }
  }
  return dir;
}

/** Validates the fixture with edits and cleans up. */
export async function validateEdited(edits: Record<string, Edit>) {
  const dir = await fixtureDir(edits);
  try {
    return await validateDirectory(dir, { displayDir: 'data', keepRows: true });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
