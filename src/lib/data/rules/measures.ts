/** A row of figures must hold at least one: the columns its schema marks as measures. */
import { columnsOf, type DatasetDefinition } from '../../schemas/datasets.ts';
import type { RowRule } from './context.ts';

export function hasMeasure(dataset: DatasetDefinition): RowRule<Record<string, unknown>> {
  const measures = columnsOf(dataset)
    .filter((c) => c.meta.measure)
    .map((c) => c.name);
  if (measures.length === 0) throw new Error(`${dataset.name} has no measure column`);
  return (row, at) => {
    for (const m of measures) if (row[m] !== undefined) return;
    at.row({ code: 'row/no-measure' });
  };
}
