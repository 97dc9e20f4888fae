/** Which rules apply to which dataset, beyond what its schema checks cell by cell. */
import type { DatasetName } from '../../schemas/datasets.ts';
import {
  codeMatchesLevel,
  coordinatesInPairs,
  coordinatesSourced,
  parentIsOneLevelUp,
} from './areas.ts';
import type { RowRule } from './context.ts';
import { disbursedWithinAllocated, fundingHasAmount, subProjectBelongs } from './funding.ts';
import { targetRange } from './indicators.ts';
import { periodOrder, yearsWithinSource } from './periods.ts';
import { povertyCounts, povertyHasMeasure } from './poverty.ts';
import { notesInBothLanguages } from './notes.ts';
import { knownArea, knownSource } from './references.ts';
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
const refs = [knownArea('area_code'), knownSource, notesInBothLanguages];

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
    row: [codeMatchesLevel, coordinatesInPairs, coordinatesSourced, knownSource],
    deferred: [parentIsOneLevelUp],
    table: [],
  },
  designations: { row: [...refs, ...period], deferred: [], table: [] },
  poverty: {
    row: [...refs, yearsWithinSource(['year']), povertyCounts, povertyHasMeasure],
    deferred: [],
    table: [
      districtSums({
        group: ['year', 'status'],
        measures: ['households_total', 'poor_households', 'near_poor_households'],
      }),
    ],
  },
  deprivation: { row: [...refs, yearsWithinSource(['year'])], deferred: [], table: [] },
  funding: {
    row: [...refs, ...period, disbursedWithinAllocated, fundingHasAmount, subProjectBelongs],
    deferred: [],
    table: [],
  },
  outputs: {
    row: [...refs, ...period],
    deferred: [],
    table: [
      districtSums({
        group: ['year_from', 'year_to', 'indicator'],
        measures: ['value'],
        skip: (row: { value_qualifier: string }) => row.value_qualifier !== 'exact',
      }),
    ],
  },
  targets: { row: [...refs, ...period, targetRange], deferred: [], table: [] },
};
