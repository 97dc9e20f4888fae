/** Which rules apply to which dataset, beyond what its schema checks cell by cell. */
import { DATASETS, type DatasetDefinition, type DatasetName } from '../../schemas/datasets.ts';
import {
  codeMatchesLevel,
  coordinatesInPairs,
  coordinatesSourced,
  parentIsOneLevelUp,
} from './areas.ts';
import type { RowRule } from './context.ts';
import { disbursedWithinAllocated, subProjectBelongs } from './funding.ts';
import { targetRange } from './indicators.ts';
import { periodOrder, yearsWithinSource } from './periods.ts';
import { hasMeasure } from './measures.ts';
import { povertyCounts } from './poverty.ts';
import { notesInBothLanguages } from './notes.ts';
import { knownSource, referenceRules } from './references.ts';
import { districtSums, type TableCheck } from './tableChecks.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- each list is typed by its dataset below */
export interface DatasetRules {
  /** Checked on each row as it is read. */
  row: RowRule<any>[];
  /** Checked once the whole file is read (rows are kept only for these datasets). */
  deferred: RowRule<any>[];
  /** Cross-row checks beyond the unique key. */
  table: (() => TableCheck<any>)[];
}
/* eslint-enable @typescript-eslint/no-explicit-any */

const period = [periodOrder, yearsWithinSource(['year_from', 'year_to'])];
/** References from the schema (area_code, source_id), then notes in both languages. */
const refs = (dataset: DatasetDefinition) => [...referenceRules(dataset), notesInBothLanguages];

export const RULES: Record<DatasetName, DatasetRules> = {
  sources: {
    row: [
      notesInBothLanguages,
      (row: { covers_from?: number; covers_to?: number }, at) => {
        if (row.covers_from !== undefined && row.covers_to !== undefined) {
          periodOrder({ year_from: row.covers_from, year_to: row.covers_to }, at);
        }
      },
    ],
    deferred: [],
    table: [],
  },
  areas: {
    // parent_code and coords_source_id have their own rules (rule/parent, coordinatesSourced).
    row: [codeMatchesLevel, coordinatesInPairs, coordinatesSourced, knownSource('source_id')],
    deferred: [parentIsOneLevelUp],
    table: [],
  },
  designations: { row: [...refs(DATASETS.designations), ...period], deferred: [], table: [] },
  poverty: {
    row: [
      ...refs(DATASETS.poverty),
      yearsWithinSource(['year']),
      povertyCounts,
      hasMeasure(DATASETS.poverty),
    ],
    deferred: [],
    table: [
      districtSums({
        group: ['year', 'status'],
        measures: ['households_total', 'poor_households', 'near_poor_households'],
      }),
    ],
  },
  deprivation: {
    row: [...refs(DATASETS.deprivation), yearsWithinSource(['year'])],
    deferred: [],
    table: [],
  },
  funding: {
    row: [
      ...refs(DATASETS.funding),
      ...period,
      disbursedWithinAllocated,
      hasMeasure(DATASETS.funding),
      subProjectBelongs,
    ],
    deferred: [],
    table: [],
  },
  outputs: {
    row: [...refs(DATASETS.outputs), ...period],
    deferred: [],
    table: [
      districtSums({
        group: ['year_from', 'year_to', 'indicator'],
        measures: ['value'],
        skip: (row: { value_qualifier: string }) => row.value_qualifier !== 'exact',
      }),
    ],
  },
  targets: { row: [...refs(DATASETS.targets), ...period, targetRange], deferred: [], table: [] },
};

/**
 * A dataset's row rules as one function that calls each at a call site of its own: a loop over
 * the list would call six rules through one site, which V8 can neither inline nor predict.
 */
export function compileRowRules<T>(rules: readonly RowRule<T>[]): RowRule<T> {
  const calls = rules.map((_, i) => `rules[${i}](row, at);`).join(' ');
  return new Function('rules', `return (row, at) => { ${calls} };`)(rules) as RowRule<T>;
}
