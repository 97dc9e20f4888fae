/**
 * Writes rows back out as CSV and JSON for download. Two CSV flavours:
 * - canonical: exactly the data contract (UTF-8, no BOM), for code and the data package;
 * - Excel: with a byte-order mark so Excel reads UTF-8, and with text cells that Excel would run
 *   as formulas (starting with = + - @, tab or carriage return) prefixed by an apostrophe.
 */
import Papa from 'papaparse';
import { columnsOf, type DatasetDefinition } from '../schemas/datasets.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a text cell for spreadsheets; the canonical files keep the exact text. */
export function excelSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value);
}

export function toCsv(
  dataset: DatasetDefinition,
  rows: readonly Record<string, unknown>[],
  flavour: 'canonical' | 'excel' = 'canonical',
): string {
  const columns = columnsOf(dataset);
  const body = rows.map((row) =>
    columns.map(({ name, meta }) => {
      const text = cellText(row[name]);
      return flavour === 'excel' && meta.type === 'string' ? excelSafe(text) : text;
    }),
  );
  const csv = Papa.unparse([columns.map((c) => c.name), ...body], {
    newline: flavour === 'excel' ? '\r\n' : '\n',
  });
  return flavour === 'excel' ? `\uFEFF${csv}\r\n` : `${csv}\n`;
}

/** Rows with every column present; a missing value is `null`, never 0. */
export function jsonRows(
  dataset: DatasetDefinition,
  rows: readonly Record<string, unknown>[],
): Record<string, unknown>[] {
  const columns = columnsOf(dataset).map((c) => c.name);
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
}

export function toJson(
  dataset: DatasetDefinition,
  rows: readonly Record<string, unknown>[],
): string {
  return `${JSON.stringify(jsonRows(dataset, rows), null, 1)}\n`;
}
