/**
 * Validates every dataset of a data folder: sources and areas first (the others refer to them),
 * then the rest. Returns the report and, if asked, the rows that passed, per dataset.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  DATASET_NAMES,
  DATASETS,
  type DatasetDefinition,
  type DatasetName,
} from '../schemas/datasets.ts';
import { makeProblem } from './makeProblem.ts';
import { sortProblems, toReport, type Problem, type ValidationReport } from './problem.ts';
import type { References } from './rules/context.ts';
import { validateFile } from './validateFile.ts';
import { checkGeoFolder } from './checkGeoFolder.ts';
import type { AreaFeature } from '../map/boundaries.ts';

export type Tables = { [K in DatasetName]: z.infer<(typeof DATASETS)[K]['schema']>[] };

export interface DirectoryValidation {
  report: ValidationReport;
  /** Rows that passed, in file order; complete only when the report is valid. */
  tables: Tables;
  rowCounts: Record<DatasetName, number>;
  /** Features of data/geo/*.geojson that passed their checks (empty without boundary files). */
  boundaries: AreaFeature[];
}

export async function validateDirectory(
  dir: string,
  options: { keepRows?: boolean; displayDir?: string } = {},
): Promise<DirectoryValidation> {
  const refs: References = { areas: new Map(), sources: new Map() };
  const problems: Problem[] = [];
  const tables = Object.fromEntries(DATASET_NAMES.map((n) => [n, []])) as unknown as Tables;
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

  for (const name of DATASET_NAMES) {
    const dataset = DATASETS[name];
    const path = join(dir, dataset.file);
    const shown = join(options.displayDir ?? dir, dataset.file);
    const exists = await stat(path).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!exists) {
      problems.push(makeProblem(shown, { code: 'file/missing' }));
      continue;
    }
    try {
      const result = await validateFile(
        dataset as DatasetDefinition & { name: DatasetName },
        shown,
        createReadStream(path, { highWaterMark: 1 << 20 }),
        {
          refs,
          keepRows: options.keepRows ?? false,
          onValidRow: onValidRow[name] as ((row: unknown) => void) | undefined,
        },
      );
      problems.push(...result.problems);
      (tables[name] as unknown[]) = result.rows.map((r) => r.row);
      rowCounts[name] = result.rowCount;
    } catch (error) {
      // Only an I/O failure can get here: bad content is reported as problems.
      problems.push(makeProblem(shown, { code: 'file/unreadable', a: (error as Error).message }));
    }
  }
  const areas = [...refs.areas].map(([code, area]) => ({ code, level: area.level }));
  const geo = await checkGeoFolder(dir, options.displayDir ?? dir, areas);
  problems.push(...geo.problems);
  return { report: toReport(sortProblems(problems)), tables, rowCounts, boundaries: geo.features };
}
