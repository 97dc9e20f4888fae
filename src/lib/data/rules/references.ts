/**
 * Every area_code and source_id must resolve; a code that lost its leading zero is named. When
 * areas.csv or sources.csv could not be read in full, its references are not checked here: one
 * `ref/unchecked` problem on that file says so instead of one error per row elsewhere.
 */
import { columnsOf, type DatasetDefinition } from '../../schemas/datasets.ts';
import type { RowContext, RowRule } from './context.ts';

export function knownArea(column: string): RowRule<Record<string, unknown>> {
  return (row, at) => {
    if (at.refs.unchecked?.has('areas')) return;
    const code = row[column];
    if (typeof code === 'string') checkArea(code, column, at);
  };
}

function checkArea(code: string, column: string, at: RowContext): void {
  if (at.refs.areas.has(code)) return;
  const padded = [`0${code}`, `00${code}`].find((candidate) => at.refs.areas.has(candidate));
  if (padded) at.cell(column, { code: 'cell/code-leading-zero', value: code, fix: padded });
  else at.cell(column, { code: 'ref/unknown-area', value: code });
}

export function knownSource(column: string): RowRule<Record<string, unknown>> {
  return (row, at) => {
    if (at.refs.unchecked?.has('sources')) return;
    const id = row[column];
    if (typeof id === 'string' && !at.refs.sources.has(id)) {
      at.cell(column, { code: 'ref/unknown-source', value: id });
    }
  };
}

/** A reference check for each column the schema marks as a reference, in column order. */
export function referenceRules(dataset: DatasetDefinition): RowRule<Record<string, unknown>>[] {
  return columnsOf(dataset).flatMap(({ name, meta }) =>
    meta.references === 'areas'
      ? [knownArea(name)]
      : meta.references === 'sources'
        ? [knownSource(name)]
        : [],
  );
}
