/**
 * Turns a filled workbook into canonical CSV text, one file per dataset sheet. Cells are taken as
 * the text the person saw: numbers keep the digits Excel stored (never re-printed through a
 * float), dates become YYYY-MM-DD, codes get back the leading zeros Excel dropped. The result then
 * goes through the same normaliser as a CSV saved from Excel, so both roads give the same file.
 *
 * Nothing here throws on bad content: sheets that cannot be used are listed with the reason, and
 * what is wrong inside a sheet is left for the validator to explain, line by line.
 */
import Papa from 'papaparse';
import { parseCsvText } from '../changes/diff.ts';
import { datasetForHeader, normalizeCsv, type Change } from '../data/normalize.ts';
import { columnsOf, DATASET_NAMES, DATASETS, type DatasetName } from '../schemas/datasets.ts';
import { GUIDE_SHEET } from './workbook.ts';

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
  /** Canonical CSV text. */
  text: string;
  /** What the normaliser changed (line numbers are CSV lines). */
  changes: Change[];
  /** False when the header matched no dataset exactly: the raw text is kept for the validator. */
  normalized: boolean;
  /** The Excel row each CSV line starts at (index = CSV line; the header is line 1, row 1). */
  rowOfLine: Map<number, number>;
}

export type SkipReason = 'unknown' | 'empty' | 'duplicate';

export interface SheetNote {
  sheet: string;
  /** `skipped`: the sheet was not imported; `stray`: cells right of the last named column. */
  kind: SkipReason | 'stray';
  dataset?: DatasetName;
  /** Cell addresses, for `stray`. */
  cells?: string[];
}

export interface WorkbookImport {
  files: ImportedSheet[];
  notes: SheetNote[];
}

const isBlank = (row: readonly string[]) => row.every((c) => c.trim() === '');

/** Excel column letters for a 0-based index (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

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

const NUMERAL = /^-?\d+(\.\d+)?$/;

/**
 * Excel keeps numbers, not how they were written: "10.80" comes back as "10.8". Where a row of
 * the committed file (same key) holds the same number written another way, the committed text is
 * kept, so a round trip through Excel changes only what the person actually changed.
 */
export function keepCommittedNumbers(
  dataset: DatasetName,
  committed: string,
  text: string,
): string {
  const definition = DATASETS[dataset];
  const numeric = new Set(
    columnsOf(definition)
      .filter((c) => c.meta.type !== 'string' && c.meta.type !== 'date')
      .map((c) => c.name),
  );
  const old = parseCsvText(committed);
  const keyOf = (row: Record<string, string>) =>
    JSON.stringify(definition.key.map((k) => row[k] ?? ''));
  const byKey = new Map<string, Record<string, string>>();
  for (const row of old.rows) if (!byKey.has(keyOf(row))) byKey.set(keyOf(row), row);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const [header = [], ...rows] = parsed.data;
  let touched = false;
  for (const cells of rows) {
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    const was = byKey.get(keyOf(row));
    if (!was) continue;
    header.forEach((column, i) => {
      const before = was[column] ?? '';
      const now = cells[i] ?? '';
      if (numeric.has(column) && before !== now && NUMERAL.test(before) && NUMERAL.test(now)) {
        if (Number(before) === Number(now)) {
          cells[i] = before;
          touched = true;
        }
      }
    });
  }
  return touched ? `${Papa.unparse([header, ...rows], { newline: '\n' })}\n` : text;
}

export function importWorkbook(
  sheets: readonly WorkbookSheet[],
  options: {
    areaCodes?: ReadonlySet<string>;
    /** The files as committed, to keep how their numbers are written (see keepCommittedNumbers). */
    committed?: Partial<Record<DatasetName, string>>;
  } = {},
): WorkbookImport {
  const notes: SheetNote[] = [];
  const claimed = new Map<DatasetName, string>();
  const usable: { sheet: string; dataset: DatasetName; grid: string[][]; rows: number[] }[] = [];

  for (const { sheet, data } of sheets) {
    // The guide that our own workbooks carry is expected, not a sheet someone forgot to name.
    if (sheet === GUIDE_SHEET) continue;
    const grid = data.map((row) => row.map(cellText));
    const header = grid[0] ?? [];
    const dataset =
      datasetOfName(sheet) ??
      (datasetForHeader(header.map((h) => h.trim()).filter(Boolean))?.name as
        DatasetName | undefined);
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
    usable.push({ sheet, dataset, grid: kept, rows });
  }

  // Areas first: their codes restore the zeros Excel dropped from area_code in the other sheets.
  usable.sort((a, b) => Number(b.dataset === 'areas') - Number(a.dataset === 'areas'));
  let areaCodes = options.areaCodes;
  const files: ImportedSheet[] = [];
  for (const { sheet, dataset, grid, rows } of usable) {
    const raw = `${Papa.unparse(grid, { newline: '\n' })}\n`;
    const result = normalizeCsv(raw, { areaCodes });
    const normalized = result.ok && result.dataset === dataset;
    const committed = options.committed?.[dataset];
    const text = normalized
      ? committed
        ? keepCommittedNumbers(dataset, committed, result.text)
        : result.text
      : raw;
    const lines = recordLines(text);
    const excelRows = [1, ...rows];
    files.push({
      sheet,
      dataset,
      text,
      changes: normalized ? result.changes : [],
      normalized,
      rowOfLine: new Map(lines.map((line, k) => [line, excelRows[k] ?? line])),
    });
    if (dataset === 'areas') areaCodes = new Set([...(areaCodes ?? []), ...areaCodesOf(text)]);
  }
  files.sort((a, b) => DATASET_NAMES.indexOf(a.dataset) - DATASET_NAMES.indexOf(b.dataset));
  return { files, notes };
}

/** The CSV file name a dataset is written to. */
export const fileOf = (dataset: DatasetName) => DATASETS[dataset].file;
