/**
 * Boundary files in data/geo/: optional; when present each *.geojson is read and checked. Like
 * the data folder, the listing decides what is read: links are refused unfollowed, any other
 * entry is named, and a file past the byte limit is refused before a byte of it is read.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { checkBoundaries, GEO_LIMITS, type AreaFeature, type GeoLimits } from './checkGeo.ts';
import { makeProblem } from './makeProblem.ts';
import type { ProblemCode, ProblemFacts } from './messages.ts';
import { openPlainFile } from './openPlainFile.ts';
import type { Problem } from './problem.ts';

export interface GeoFolderOptions {
  /** False when areas.csv could not be read in full: feature codes are then not matched. */
  areasChecked?: boolean;
  limits?: GeoLimits;
}

const MB = 1024 * 1024;
const megabytes = (bytes: number) => Math.ceil((bytes / MB) * 10) / 10;

export async function checkGeoFolder(
  dir: string,
  displayDir: string,
  areas: readonly { code: string; level: string }[],
  options: GeoFolderOptions = {},
): Promise<{ problems: Problem[]; features: AreaFeature[] }> {
  const limits = options.limits ?? GEO_LIMITS;
  const geoDir = join(dir, 'geo');
  const entries = await readdir(geoDir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const problems: Problem[] = [];
  const features: AreaFeature[] = [];
  for (const entry of entries) {
    const shown = join(displayDir, 'geo', entry.name);
    const report = (code: ProblemCode, extra: ProblemFacts = {}) =>
      problems.push(makeProblem(shown, { code, value: entry.name, ...extra }));
    if (entry.isSymbolicLink()) {
      report('file/symlink', { link: entry.name.endsWith('.geojson') ? 'wanted' : 'stray' });
      continue;
    }
    if (!entry.isFile() || !entry.name.endsWith('.geojson')) {
      report('geo/unexpected', { kind: entry.isDirectory() ? 'folder' : 'file' });
      continue;
    }
    const read = await readGeoJson(join(geoDir, entry.name), limits.maxBytes);
    if ('refused' in read) {
      if (read.refused === 'too-large')
        report('geo/too-large', { sizeMb: read.mb, limitMb: read.limitMb });
      else if (read.refused === 'symlink') report('file/symlink', { link: 'wanted' });
      else report('geo/unexpected', { kind: 'file' });
      continue;
    }
    if ('error' in read) {
      problems.push(makeProblem(shown, { code: 'geo/json', reason: read.error }));
      continue;
    }
    const checked = checkBoundaries(read.json, shown, areas, {
      areasChecked: options.areasChecked ?? true,
      limits,
    });
    for (const p of checked.problems) problems.push(p);
    for (const f of checked.features) features.push(f);
  }
  return { problems, features };
}

type GeoRead =
  | { json: unknown }
  | { error: string }
  | { refused: 'too-large'; mb: number; limitMb: number }
  | { refused: 'symlink' | 'not-a-file' };

/** Reads and parses one file, refusing it unread when it is too large or not a plain file. */
async function readGeoJson(path: string, maxBytes: number): Promise<GeoRead> {
  const opened = await openPlainFile(path, maxBytes);
  if (!opened.ok) {
    return opened.reason === 'too-large'
      ? { refused: 'too-large', mb: megabytes(opened.size), limitMb: megabytes(maxBytes) }
      : { refused: opened.reason };
  }
  // One byte more than measured: a file that grew since is noticed, and never read past that.
  const buffer = new Uint8Array(opened.size + 1);
  let length = 0;
  try {
    for (;;) {
      const { bytesRead } = await opened.handle.read(buffer, length, buffer.length - length);
      if (bytesRead === 0 || (length += bytesRead) === buffer.length) break;
    }
  } finally {
    await opened.handle.close();
  }
  if (length > opened.size)
    return { error: 'the file changed while it was read / tệp thay đổi khi đang đọc' };
  const bytes = buffer.subarray(0, length);
  let text: string;
  try {
    // fatal: a bad byte is reported, not silently turned into U+FFFD; the BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: 'not UTF-8 text / không phải văn bản UTF-8' };
  }
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
