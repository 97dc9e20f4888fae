/**
 * Writes rows back out as CSV and JSON for download. The CSV is the canonical file of the data
 * contract (UTF-8, no BOM, LF), for code: pandas, R. Spreadsheet users get the .xlsx, which keeps
 * codes as text and numbers as numbers in Excel and LibreOffice (no CSV can: both drop leading
 * zeros, and a Vietnamese locale reads "26.61" as text).
 */
import Papa from 'papaparse';
import { columnsOf, type DatasetDefinition } from '../schemas/datasets.ts';

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value);
}

export function toCsv(
  dataset: DatasetDefinition,
  rows: readonly Record<string, unknown>[],
): string {
  const columns = columnsOf(dataset);
  const body = rows.map((row) => columns.map(({ name }) => cellText(row[name])));
  return `${Papa.unparse([columns.map((c) => c.name), ...body], { newline: '\n' })}\n`;
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
