/**
 * Turns a filled workbook into canonical CSV text, one file per dataset sheet. Cells are taken as
 * the text the person saw: numbers keep the digits Excel stored (never re-printed through a
 * float), dates become YYYY-MM-DD, codes get back the leading zeros Excel dropped. The result then
 * goes through the same normaliser as a CSV saved from Excel, so both roads give the same file.
 *
 * Nothing here throws on bad content: sheets that cannot be used are listed with the reason, and
 * what is wrong inside a sheet is left for the validator to explain, line by line. What cannot be
 * imported without losing or inventing a cell (a formula with no saved value, a header the
 * normaliser cannot map, a current file that cannot be matched row by row) is a BLOCKING note:
 * the import then writes nothing. Hidden sheets are never imported. Rows missing from a sheet are
 * kept unless the dataset is named in `replace` (see mergeRows).
 */
import Papa from 'papaparse';
import { checkHeader } from '../data/header.ts';
import { makeProblem } from '../data/makeProblem.ts';
import { datasetForHeader, normalizeCsv, type Change } from '../data/normalize.ts';
import type { Problem } from '../data/problem.ts';
import { columnsOf, DATASET_NAMES, DATASETS, type DatasetName } from '../schemas/datasets.ts';
import { columnLetters } from './columns.ts';
import { planRows, type RowsPlan } from './mergeRows.ts';
import type { UnreadableCell } from './scanWorkbook.ts';
import { GUIDE_SHEET } from './workbook.ts';

export { columnLetters } from './columns.ts';

/** A number cell as stored in the file, kept apart from text so it can be cleaned of float noise. */
export class NumericText {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/** Options for read-excel-file: keep stored numbers as text and every space as typed. */
export const READ_OPTIONS = {
  parseNumber: (text: string) => new NumericText(text),
  trim: false,
};

export type SheetCell = string | number | boolean | Date | NumericText | null | undefined;
export interface WorkbookSheet {
  sheet: string;
  data: readonly (readonly SheetCell[])[];
  /** Hidden in Excel (`hidden` or `veryHidden`): never imported. */
  hidden?: boolean;
  /** Cells whose value the file does not hold (see scanWorkbook): the first ones, and a count. */
  unreadable?: UnreadableCell[];
  unreadableCount?: number;
}

/**
 * Excel stores some decimals with binary noise (26.609999999999999, 0.30000000000000004) and shows
 * them with 15 significant digits, so that is what the person saw and meant. Any other number is
 * kept exactly as stored.
 */
export function numberText(raw: string): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(raw);
  if (!match || (!match[2] && !match[3])) return raw;
  const significant = `${match[2]}${match[3] ?? ''}`.replace(/^0+/, '');
  if (match[4] === undefined && significant.length <= 15) return raw;
  const value = Number(Number(raw).toPrecision(15));
  const plain = String(value);
  return /e/i.test(plain) ? value.toFixed(20).replace(/\.?0+$/, '') : plain;
}

/** A cell as the text that goes into the CSV. */
export function cellText(value: SheetCell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof NumericText) return numberText(value.text);
  if (typeof value === 'number') return numberText(String(value));
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

export interface ImportedSheet {
  sheet: string;
  dataset: DatasetName;
  /** The file's text after the import (canonical CSV). */
  text: string;
  /** True when the file stays exactly as it is, so nothing needs writing. */
  unchanged: boolean;
  /** What the normaliser changed, each with the Excel row it is on. */
  changes: (Change & { excelRow: number })[];
  /** Rows added, changed, removed and kept against the current file (see mergeRows). */
  plan: RowsPlan;
  /** The Excel row of each CSV line of `text` that came from the sheet. */
  rowOfLine: Map<number, number>;
}

export type NoteKind =
  'unknown' | 'empty' | 'duplicate' | 'hidden' | 'stray' | 'unreadable' | 'header' | 'unmergeable';

/** Notes that stop the whole import: nothing is written while one of them stands. */
export const BLOCKING: ReadonlySet<NoteKind> = new Set(['unreadable', 'header', 'unmergeable']);

export interface SheetNote {
  sheet: string;
  /**
   * Skipped: `unknown` (no dataset), `empty`, `duplicate`, `hidden`. `stray`: cells right of the
   * last named column, not imported. Blocking: `unreadable` (cells with no saved value),
   * `header` (the header or a row cannot be read without losing a cell), `unmergeable` (the
   * current file cannot be matched row by row).
   */
  kind: NoteKind;
  dataset?: DatasetName;
  /** Cell addresses, for `stray`. */
  cells?: string[];
  /** For `unreadable`: the first cells, and how many there are. */
  unreadable?: UnreadableCell[];
  count?: number;
  /** For `header`: what is wrong; `line` is the Excel row. */
  problems?: Problem[];
  /** For `unmergeable`. */
  reason_vi?: string;
  reason_en?: string;
}

export interface WorkbookImport {
  files: ImportedSheet[];
  notes: SheetNote[];
}

const isBlank = (row: readonly string[]) => row.every((c) => c.trim() === '');

/** The CSV line each record of `text` starts at (records counted from the header, 0). */
function recordLines(text: string): number[] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const lines: number[] = [];
  let line = 1;
  for (const cells of parsed.data) {
    if (cells.length === 1 && cells[0] === '' && lines.length >= 1) break; // final newline
    lines.push(line);
    line += 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  }
  return lines;
}

function datasetOfName(sheet: string): DatasetName | undefined {
  const name = sheet
    .trim()
    .toLowerCase()
    .replace(/\.csv$/, '');
  return DATASET_NAMES.find((d) => d === name);
}

/** Codes in an areas CSV text, to restore leading zeros in the other sheets. */
export function areaCodesOf(text: string): Set<string> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  return new Set(parsed.data.map((r) => (r.code ?? '').trim()).filter(Boolean));
}

/** What is wrong with a sheet whose header or rows the normaliser could not take. */
function headerProblems(
  dataset: DatasetName,
  header: string[],
  refusal: Problem | undefined,
): Problem[] {
  const file = DATASETS[dataset].file;
  if (refusal && refusal.code !== 'file/no-dataset') return [refusal];
  const found = checkHeader(
    header,
    columnsOf(DATASETS[dataset]).map((c) => c.name),
  ).problems;
  return found.length ? found.map((p) => makeProblem(file, p)) : refusal ? [refusal] : [];
}

export function importWorkbook(
  sheets: readonly WorkbookSheet[],
  options: {
    areaCodes?: ReadonlySet<string>;
    /** The files as they are now: rows are matched against them (see mergeRows). */
    committed?: Partial<Record<DatasetName, string>>;
    /** Datasets whose file the sheet replaces whole (`--replace`); others only add and change. */
    replace?: ReadonlySet<DatasetName>;
  } = {},
): WorkbookImport {
  const notes: SheetNote[] = [];
  const claimed = new Map<DatasetName, string>();
  const usable: { sheet: string; dataset: DatasetName; grid: string[][]; rows: number[] }[] = [];

  for (const { sheet, data, hidden, unreadable, unreadableCount } of sheets) {
    // The guide that our own workbooks carry is expected, not a sheet someone forgot to name.
    if (sheet === GUIDE_SHEET) continue;
    const grid = data.map((row) => row.map(cellText));
    const header = grid[0] ?? [];
    const dataset =
      datasetOfName(sheet) ??
      (datasetForHeader(header.map((h) => h.trim()).filter(Boolean))?.name as
        DatasetName | undefined);
    // What nobody can see in Excel is never published, even when it names a dataset.
    if (hidden) {
      notes.push({ sheet, kind: 'hidden', dataset });
      continue;
    }
    if (!dataset) {
      notes.push({ sheet, kind: 'unknown' });
      continue;
    }
    // Only the named columns are read; anything typed to their right would be lost, so say where.
    let width = header.length;
    while (width > 0 && header[width - 1]!.trim() === '') width--;
    const stray: string[] = [];
    const rows: number[] = [];
    const kept: string[][] = [header.slice(0, width)];
    grid.slice(1).forEach((row, i) => {
      row.forEach((c, col) => {
        if (col >= width && c.trim() !== '') stray.push(`${columnLetters(col)}${i + 2}`);
      });
      const cells = Array.from({ length: width }, (_, col) => row[col] ?? '');
      if (isBlank(cells)) return;
      kept.push(cells);
      rows.push(i + 2);
    });
    if (rows.length === 0) {
      notes.push({ sheet, kind: 'empty', dataset });
      continue;
    }
    if (claimed.has(dataset)) {
      notes.push({ sheet, kind: 'duplicate', dataset });
      continue;
    }
    claimed.set(dataset, sheet);
    if (stray.length) notes.push({ sheet, kind: 'stray', dataset, cells: stray });
    if (unreadableCount) {
      notes.push({ sheet, kind: 'unreadable', dataset, unreadable, count: unreadableCount });
      continue;
    }
    usable.push({ sheet, dataset, grid: kept, rows });
  }

  // Areas first: their codes restore the zeros Excel dropped from area_code in the other sheets.
  usable.sort((a, b) => Number(b.dataset === 'areas') - Number(a.dataset === 'areas'));
  let areaCodes = options.areaCodes;
  const files: ImportedSheet[] = [];
  for (const { sheet, dataset, grid, rows } of usable) {
    const raw = `${Papa.unparse(grid, { newline: '\n' })}\n`;
    // CSV line → Excel row for the sheet's own CSV (the blank rows are not carried over).
    const excelRows = [1, ...rows];
    const sheetLines = new Map(recordLines(raw).map((line, k) => [line, excelRows[k] ?? line]));
    const result = normalizeCsv(raw, { areaCodes, file: dataset });
    if (!result.ok || result.dataset !== dataset) {
      const problems = headerProblems(dataset, grid[0]!, result.ok ? undefined : result.refusal);
      const inExcel = problems.map((p) =>
        p.line === null ? p : { ...p, line: sheetLines.get(p.line) ?? p.line },
      );
      notes.push({ sheet, kind: 'header', dataset, problems: inExcel });
      continue;
    }
    const body = Papa.parse<string[]>(result.text, { skipEmptyLines: 'greedy' }).data.slice(1);
    const merged = planRows(
      dataset,
      options.committed?.[dataset],
      body.map((cells, k) => ({ cells, excelRow: rows[k]! })),
      options.replace?.has(dataset) ?? false,
    );
    if (!merged.ok) {
      const { reason_vi, reason_en } = merged;
      notes.push({ sheet, kind: 'unmergeable', dataset, reason_vi, reason_en });
      continue;
    }
    const { plan } = merged;
    files.push({
      sheet,
      dataset,
      text: plan.text,
      unchanged: plan.unchanged,
      changes: result.changes.map((c) => ({ ...c, excelRow: sheetLines.get(c.line) ?? c.line })),
      plan,
      rowOfLine: plan.rowOfLine,
    });
    if (dataset === 'areas') areaCodes = new Set([...(areaCodes ?? []), ...areaCodesOf(plan.text)]);
  }
  files.sort((a, b) => DATASET_NAMES.indexOf(a.dataset) - DATASET_NAMES.indexOf(b.dataset));
  return { files, notes };
}

/** The CSV file name a dataset is written to. */
export const fileOf = (dataset: DatasetName) => DATASETS[dataset].file;
