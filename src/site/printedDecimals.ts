/**
 * How many decimals each published figure was printed with, so the site can show "18,50%" where
 * the source printed 18,50 and not the "18,5%" a number alone would give. Read once per build
 * from the same files the validator accepted: its rows are those files' rows in order (the
 * published-rows invariant), so the n-th data line belongs to the n-th row.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../lib/data/readCsv.ts';
import type { Tables } from '../lib/data/validateDirectory.ts';
import { columnsOf, DATASET_NAMES, DATASETS } from '../lib/schemas/datasets.ts';

const printed = new WeakMap<object, Map<string, number>>();

/** Decimals as printed for `column` of a published row; undefined when it had none. */
export function decimalsOf(row: object, column: string): number | undefined {
  return printed.get(row)?.get(column);
}

const NON_SPACE = /\S/;

export async function recordPrintedDecimals(dir: string, tables: Tables): Promise<void> {
  for (const name of DATASET_NAMES) {
    const numeric = columnsOf(DATASETS[name])
      .filter((c) => c.meta.type === 'number')
      .map((c) => c.name);
    if (numeric.length === 0) continue;
    const rows = tables[name] as object[];
    let positions: [string, number][] = [];
    let next = 0;
    await readCsv(
      createReadStream(join(dir, DATASETS[name].file)),
      ({ line, cells }) => {
        if (line === 1) {
          positions = numeric.map((column) => [column, cells.indexOf(column)]);
          return;
        }
        if (!cells.some((cell) => NON_SPACE.test(cell))) return; // blank rows are not published
        const row = rows[next++];
        if (!row) return;
        const decimals = new Map<string, number>();
        for (const [column, at] of positions) {
          const raw = cells[at] ?? '';
          const point = raw.indexOf('.');
          if (point !== -1) decimals.set(column, raw.length - point - 1);
        }
        if (decimals.size) printed.set(row, decimals);
      },
      () => {}, // the validator has already accepted these files
    );
  }
}
