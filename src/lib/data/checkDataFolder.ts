/**
 * What a data folder holds, checked before anything is read: exactly the dataset CSVs, an
 * optional README.md and an optional geo/ folder. Anything else is an error that names the entry
 * and says what to do, so a corrected file saved as "poverty (1).csv" is never silently ignored
 * while the old figures stay published. Entries are classified from the listing (lstat), so a
 * symbolic link is refused without being followed and nothing it points to is read.
 */
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { makeProblem, type ProblemInput } from './makeProblem.ts';
import { isWorkbook, nearDatasetFile } from './nearName.ts';
import type { Problem } from './problem.ts';

/** `plain`: a file (or, for geo/, a folder) to read; `refused`: reported, not to be read. */
export type EntryState = 'plain' | 'missing' | 'refused';

export interface FolderCheck {
  problems: Problem[];
  /** The state of each dataset file, by file name. */
  datasets: Map<string, EntryState>;
  geo: EntryState;
}

const README = 'README.md';
const GEO = 'geo';

/** What kind of thing an entry is, for messages: a folder, or a device, FIFO or socket. */
const kindOf = (entry: Dirent) => (entry.isDirectory() ? 'folder' : 'special');

export async function checkDataFolder(
  dir: string,
  shownDir: string,
  datasetFiles: readonly string[],
): Promise<FolderCheck> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    // A folder that does not exist reads as empty: each dataset is then reported missing.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set(entries.map((e) => e.name));
  const problems: Problem[] = [];
  const datasets = new Map<string, EntryState>(datasetFiles.map((f) => [f, 'missing']));
  let geo: EntryState = 'missing';
  const report = (entry: Dirent, input: Omit<ProblemInput, 'value'>) =>
    problems.push(makeProblem(join(shownDir, entry.name), { value: entry.name, ...input }));

  for (const entry of entries) {
    const { name } = entry;
    const isDataset = datasets.has(name);
    if (entry.isSymbolicLink()) {
      // "wanted": the name is right, so the fix is the real thing in place of the link.
      const wanted = isDataset || name === README || name === GEO;
      report(entry, { code: 'file/symlink', link: wanted ? 'wanted' : 'stray' });
      if (isDataset) datasets.set(name, 'refused');
      if (name === GEO) geo = 'refused';
    } else if (isDataset || name === README) {
      if (!entry.isFile())
        report(entry, { code: 'file/not-a-file', file: name, kind: kindOf(entry) });
      if (isDataset) datasets.set(name, entry.isFile() ? 'plain' : 'refused');
    } else if (name === GEO) {
      if (entry.isDirectory()) geo = 'plain';
      else {
        report(entry, { code: 'geo/not-a-folder' });
        geo = 'refused';
      }
    } else if (entry.isDirectory()) {
      report(entry, { code: 'file/unexpected-folder' });
    } else {
      report(entry, strayFile(name, datasetFiles, names));
    }
  }
  return { problems, datasets, geo };
}

/** The problem for a file that is not part of the data: what it resembles and what to do. */
function strayFile(
  name: string,
  datasetFiles: readonly string[],
  present: ReadonlySet<string>,
): Omit<ProblemInput, 'value'> {
  // "~$poverty.xlsx" is the lock file Excel leaves while a workbook is open: not data at all.
  if (name.startsWith('~$')) return { code: 'file/unexpected' };
  const near = nearDatasetFile(name, datasetFiles);
  // "replace": the real file exists, so renaming means replacing the published one.
  const rename = near && present.has(near) ? 'replace' : 'new';
  if (isWorkbook(name)) return { code: 'file/workbook', dataset: near ?? '', rename };
  if (near) return { code: 'file/near-name', dataset: near, rename };
  return { code: 'file/unexpected' };
}
