/**
 * What changed in one dataset between two versions of its CSV file, row by row and cell by cell.
 * Rows are matched by the dataset's key columns, so moving a row or re-sorting the file is not a
 * change, and a corrected figure shows as "old → new" in its cell rather than as a removed and an
 * added row. Values are compared as the text that was committed: the record shows exactly what a
 * person wrote, not what a parser made of it.
 */
import Papa from 'papaparse';
import type { DatasetDefinition } from '../schemas/datasets.ts';

/** A row as committed: column name → raw cell text. */
export type RawRow = Record<string, string>;

export interface CellChange {
  column: string;
  /** The text before; '' for an empty cell or a column the old file did not have. */
  from: string;
  to: string;
}

export interface ChangedRow {
  /** The row's key values, in key-column order (what identifies the row). */
  key: RawRow;
  before: RawRow;
  after: RawRow;
  cells: CellChange[];
}

export interface DatasetDiff {
  /** Columns of the newer version (or of the older one when the file was deleted). */
  columns: string[];
  /** Columns used to match rows; empty when the files share none of the key columns. */
  keyColumns: string[];
  added: RawRow[];
  removed: RawRow[];
  changed: ChangedRow[];
  columnsAdded: string[];
  columnsRemoved: string[];
  /** The text differs but no row did: only formatting, quoting, line ends or row order. */
  formatOnly: boolean;
}

export interface ParsedCsv {
  columns: string[];
  rows: RawRow[];
}

/** Parses CSV text into raw string rows: no type guessing, BOM removed, blank lines skipped. */
export function parseCsvText(text: string): ParsedCsv {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: 'greedy',
  });
  const [header = [], ...body] = parsed.data;
  const columns = header.map((h) => h.trim());
  const rows = body.map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])));
  return { columns, rows };
}

/** Empty text for a missing cell, so a new optional column reads as "was empty". */
const cell = (row: RawRow, column: string) => row[column] ?? '';

/**
 * Indexes rows by key. A key that occurs more than once (possible in an old, invalid version)
 * gets its occurrence number, so no row is silently dropped from the comparison.
 */
function byKey(rows: RawRow[], keyColumns: string[]): Map<string, RawRow> {
  const index = new Map<string, RawRow>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const base = JSON.stringify(
      keyColumns.length ? keyColumns.map((c) => cell(row, c)) : Object.values(row),
    );
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    index.set(n === 1 ? base : `${base}#${n}`, row);
  }
  return index;
}

/**
 * Compares two versions of a dataset file. `before` is null when the file was created, `after`
 * is null when it was deleted.
 */
export function diffDataset(
  dataset: Pick<DatasetDefinition, 'key'>,
  before: string | null,
  after: string | null,
): DatasetDiff {
  const old = before === null ? { columns: [], rows: [] } : parseCsvText(before);
  const now = after === null ? { columns: [], rows: [] } : parseCsvText(after);
  const columns = after === null ? old.columns : now.columns;
  const oldColumns = new Set(old.columns);
  const newColumns = new Set(now.columns);
  // Only key columns both versions have can match rows; a created or deleted file has no "both".
  const keyColumns =
    before === null || after === null
      ? [...dataset.key].filter((k) => newColumns.has(k) || oldColumns.has(k))
      : [...dataset.key].filter((k) => oldColumns.has(k) && newColumns.has(k));

  const oldRows = byKey(old.rows, keyColumns);
  const newRows = byKey(now.rows, keyColumns);
  const added: RawRow[] = [];
  const removed: RawRow[] = [];
  const changed: ChangedRow[] = [];
  const compared = [...new Set([...old.columns, ...now.columns])];

  for (const [key, row] of newRows) {
    const was = oldRows.get(key);
    if (!was) {
      added.push(row);
      continue;
    }
    const cells = compared
      .map((column) => ({ column, from: cell(was, column), to: cell(row, column) }))
      .filter((c) => c.from !== c.to);
    if (cells.length) {
      changed.push({
        key: Object.fromEntries(keyColumns.map((k) => [k, cell(row, k)])),
        before: was,
        after: row,
        cells,
      });
    }
  }
  for (const [key, row] of oldRows) if (!newRows.has(key)) removed.push(row);

  const columnsAdded = before === null ? [] : now.columns.filter((c) => !oldColumns.has(c));
  const columnsRemoved = after === null ? [] : old.columns.filter((c) => !newColumns.has(c));
  const nothing =
    !added.length &&
    !removed.length &&
    !changed.length &&
    !columnsAdded.length &&
    !columnsRemoved.length;
  return {
    columns,
    keyColumns,
    added,
    removed,
    changed,
    columnsAdded,
    columnsRemoved,
    formatOnly: nothing && before !== after,
  };
}

/** How many rows a diff touches, for summaries and feeds. */
export function diffSize(diff: DatasetDiff): { added: number; removed: number; changed: number } {
  return { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length };
}
