/**
 * Validates a data folder: first what it holds (only the dataset CSVs, README.md and geo/; no
 * links, no stray copies), then sources and areas (the others refer to them), then the rest,
 * then the boundary files. Returns the report and, if asked, the rows that passed, per dataset.
 */
import { join } from 'node:path';
import type { z } from 'zod';
import {
  DATASET_NAMES,
  DATASETS,
  type DatasetDefinition,
  type DatasetName,
} from '../schemas/datasets.ts';
import type { AreaFeature } from './checkGeo.ts';
import { checkDataFolder } from './checkDataFolder.ts';
import { checkGeoFolder } from './checkGeoFolder.ts';
import { makeProblem } from './makeProblem.ts';
import type { ProblemCode, ProblemFacts } from './messages.ts';
import { openPlainFile } from './openPlainFile.ts';
import { sortProblems, toReport, type Problem, type ValidationReport } from './problem.ts';
import type { References } from './rules/context.ts';
import { validateFile, type FileValidation } from './validateFile.ts';

export type Tables = { [K in DatasetName]: z.infer<(typeof DATASETS)[K]['schema']>[] };

export interface DirectoryValidation {
  report: ValidationReport;
  /** Rows that passed, in file order; complete only when the report is valid. */
  tables: Tables;
  rowCounts: Record<DatasetName, number>;
  /** Features of data/geo/*.geojson that passed their checks (empty without boundary files). */
  boundaries: AreaFeature[];
  /** With `keepRows`: per row of `tables`, the decimals its decimal cells were written with. */
  decimals: WeakMap<object, ReadonlyMap<string, number>>;
}

/**
 * A CSV larger than this is refused unread: the real data is kilobytes, a national synthetic
 * set a few megabytes, the million-row benchmark about 100 MB, and the duplicate-key index
 * grows with the rows (about 250 bytes each), so memory stays bounded.
 */
export const MAX_CSV_BYTES = 256 * 1024 * 1024;

const MB = 1024 * 1024;
const megabytes = (bytes: number) => Math.ceil((bytes / MB) * 10) / 10;

export async function validateDirectory(
  dir: string,
  options: {
    keepRows?: boolean;
    displayDir?: string;
    /** Validates each file; the differential test passes the reference (pre-speed-work) path. */
    validate?: typeof validateFile;
  } = {},
): Promise<DirectoryValidation> {
  const shownDir = options.displayDir ?? dir;
  const refs: References = { areas: new Map(), sources: new Map(), unchecked: new Set() };
  const problems: Problem[] = [];
  const tables = Object.fromEntries(DATASET_NAMES.map((n) => [n, []])) as unknown as Tables;
  const decimals = new WeakMap<object, ReadonlyMap<string, number>>();
  const rowCounts = Object.fromEntries(DATASET_NAMES.map((n) => [n, 0])) as Record<
    DatasetName,
    number
  >;
  const onValidRow: Partial<Record<DatasetName, (row: never) => void>> = {
    sources: (row: z.infer<typeof DATASETS.sources.schema>) =>
      refs.sources.set(row.id, { covers_from: row.covers_from, covers_to: row.covers_to }),
    areas: (row: z.infer<typeof DATASETS.areas.schema>) =>
      refs.areas.set(row.code, { level: row.level, parent_code: row.parent_code }),
  };
  const folder = await checkDataFolder(
    dir,
    shownDir,
    DATASET_NAMES.map((n) => DATASETS[n].file),
  );
  for (const p of folder.problems) problems.push(p);

  for (const name of DATASET_NAMES) {
    const dataset = DATASETS[name] as DatasetDefinition & { name: DatasetName };
    const shown = join(shownDir, dataset.file);
    const state = folder.datasets.get(dataset.file);
    let complete = false;
    if (state === 'missing') problems.push(makeProblem(shown, { code: 'file/missing' }));
    if (state === 'plain') {
      const result = await readDataset(
        dataset,
        join(dir, dataset.file),
        shown,
        {
          refs,
          keepRows: options.keepRows ?? false,
          onValidRow: onValidRow[name] as ((row: unknown) => void) | undefined,
        },
        options.validate ?? validateFile,
      );
      // One by one, never push(...spread): a spread of 200k problems overflows the stack.
      for (const p of result.problems) problems.push(p);
      (tables[name] as unknown[]) = result.rows.map((r) => r.row);
      for (const { row, decimals: written } of result.rows) {
        if (written) decimals.set(row as object, written);
      }
      rowCounts[name] = result.rowCount;
      complete = result.complete;
    }
    if (!complete && (name === 'areas' || name === 'sources')) {
      // The others' references to a table read in part prove nothing: say so once, here.
      refs.unchecked!.add(name);
      problems.push(
        makeProblem(shown, { code: 'ref/unchecked', value: dataset.file, table: name }),
      );
    }
  }
  if (folder.geo === 'plain') {
    const areas = [...refs.areas].map(([code, area]) => ({ code, level: area.level }));
    const geo = await checkGeoFolder(dir, shownDir, areas, {
      areasChecked: !refs.unchecked!.has('areas'),
    });
    for (const p of geo.problems) problems.push(p);
    return { report: report(problems), tables, rowCounts, boundaries: geo.features, decimals };
  }
  return { report: report(problems), tables, rowCounts, boundaries: [], decimals };
}

const report = (problems: Problem[]) => toReport(sortProblems(problems));

/** Opens one dataset without following links and validates it; refusals become problems. */
async function readDataset(
  dataset: DatasetDefinition & { name: DatasetName },
  path: string,
  shown: string,
  options: Parameters<typeof validateFile>[3],
  validate: typeof validateFile,
): Promise<FileValidation<unknown>> {
  const failed = (code: ProblemCode, extra: ProblemFacts = {}) => ({
    problems: [makeProblem(shown, { code, value: dataset.file, ...extra })],
    rows: [],
    rowCount: 0,
    complete: false,
  });
  let opened;
  try {
    opened = await openPlainFile(path, MAX_CSV_BYTES);
  } catch (error) {
    return failed('file/unreadable', { reason: (error as Error).message });
  }
  if (!opened.ok) {
    // Links and folders were refused from the listing; these catch one swapped in since.
    if (opened.reason === 'too-large') {
      return failed('file/too-large', {
        sizeMb: megabytes(opened.size),
        limitMb: megabytes(MAX_CSV_BYTES),
      });
    }
    if (opened.reason === 'symlink') return failed('file/symlink', { link: 'wanted' });
    return failed('file/not-a-file', { file: dataset.file });
  }
  const stream = opened.handle.createReadStream({ highWaterMark: 1 << 20, autoClose: false });
  try {
    return await validate(dataset, shown, stream, options);
  } catch (error) {
    // Only an I/O failure can get here: bad content is reported as problems.
    return failed('file/unreadable', { reason: (error as Error).message });
  } finally {
    await opened.handle.close();
  }
}
