/**
 * What an imported sheet does to the file it lands in, row by row. Rows are matched by the
 * dataset's key. By default a sheet can only add rows and change them: a row of the file that is
 * not in the sheet is kept — so a blank template with one row typed in adds that row and deletes
 * nothing. Only when the person names the dataset with `--replace` does the sheet become the whole
 * file, and the rows it lacks are removed. Either way every row added, changed, removed or kept is
 * listed, so nothing happens to the data that the person was not shown.
 */
import Papa from 'papaparse';
import type { CellChange } from '../changes/diff.ts';
import { columnsOf, DATASETS, type DatasetName } from '../schemas/datasets.ts';

/** A data row of the sheet (canonical cells) and the Excel row it came from. */
export interface SheetRow {
  cells: string[];
  excelRow: number;
}

export interface RowsPlan {
  /** The file's text after the import. */
  text: string;
  /** True when the file stays exactly as it is (nothing to write). */
  unchanged: boolean;
  added: SheetRow[];
  changed: { excelRow: number; key: string[]; cells: CellChange[] }[];
  /** Rows of the file the sheet lacks, removed (only with replace). */
  removed: string[][];
  /** Rows of the file the sheet lacks, kept (without replace). */
  kept: string[][];
  /** The Excel row of each CSV line that came from the sheet. */
  rowOfLine: Map<number, number>;
}

export type MergeResult =
  { ok: true; plan: RowsPlan } | { ok: false; reason_vi: string; reason_en: string };

const NUMERAL = /^-?\d+(\.\d+)?$/;

/** The committed file as rows of cells, or why it cannot be matched row by row. */
function committedRows(text: string, columns: string[]): string[][] | string {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  if (parsed.errors.length) return `line ${(parsed.errors[0]!.row ?? 0) + 2}: quotes`;
  const [header = [], ...rows] = parsed.data;
  if (header.join(',') !== columns.join(',')) return 'its header is not the canonical one';
  const bad = rows.findIndex((r) => r.length !== columns.length);
  if (bad >= 0) return `line ${bad + 2} has ${rows[bad]!.length} cells`;
  return rows;
}

/** Matches rows by key; the n-th row with a key matches the n-th with the same key. */
function keyer(dataset: DatasetName, columns: string[]) {
  const at = DATASETS[dataset].key.map((k) => columns.indexOf(k));
  const seen = new Map<string, number>();
  return (cells: readonly string[]) => {
    const base = JSON.stringify(at.map((i) => cells[i] ?? ''));
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}#${n}`;
  };
}

/**
 * Plans the file for `sheet` (rows already normalised) against `committed` (undefined for a new
 * file). Excel keeps numbers, not how they were written ("10.80" comes back as "10.8"); where the
 * matched committed row holds the same number written another way, the committed text is kept.
 */
export function planRows(
  dataset: DatasetName,
  committed: string | undefined,
  sheet: readonly SheetRow[],
  replace: boolean,
): MergeResult {
  const definition = DATASETS[dataset];
  const columns = columnsOf(definition).map((c) => c.name);
  const numeric = columnsOf(definition).map(
    (c) => c.meta.type !== 'string' && c.meta.type !== 'date',
  );
  let old: string[][] = [];
  if (committed !== undefined) {
    const rows = committedRows(committed, columns);
    if (typeof rows === 'string') {
      if (!replace)
        return {
          ok: false,
          reason_vi: `Tệp hiện có không đọc được theo từng dòng (${rows}), nên không ghép được dòng từ trang tính. Chạy npm run validate và sửa tệp trước, hoặc dùng --replace ${dataset} để thay cả tệp.`,
          reason_en: `The current file cannot be read row by row (${rows}), so the sheet's rows cannot be merged into it. Run npm run validate and fix the file first, or use --replace ${dataset} to replace the whole file.`,
        };
      old = Papa.parse<string[]>(committed, { skipEmptyLines: 'greedy' }).data.slice(1);
    } else old = rows;
  }
  const oldKey = keyer(dataset, columns);
  const byKey = new Map(old.map((cells) => [oldKey(cells), cells]));
  const newKey = keyer(dataset, columns);
  const matched = new Map<string, { row: SheetRow; cells: string[] }>();
  const added: SheetRow[] = [];
  const changed: RowsPlan['changed'] = [];
  const fromSheet: { cells: string[]; excelRow?: number }[] = [];
  for (const row of sheet) {
    const key = newKey(row.cells);
    const was = byKey.get(key);
    if (!was) {
      added.push(row);
      fromSheet.push(row);
      continue;
    }
    const cells = row.cells.map((now, i) =>
      numeric[i] &&
      NUMERAL.test(now) &&
      NUMERAL.test(was[i] ?? '') &&
      Number(now) === Number(was[i])
        ? was[i]!
        : now,
    );
    const diff = columns
      .map((column, i) => ({ column, from: was[i] ?? '', to: cells[i] ?? '' }))
      .filter((c) => c.from !== c.to);
    if (diff.length)
      changed.push({
        excelRow: row.excelRow,
        key: definition.key.map((k) => cells[columns.indexOf(k)] ?? ''),
        cells: diff,
      });
    matched.set(key, { row, cells });
    fromSheet.push({ cells, excelRow: row.excelRow });
  }
  const missing = [...byKey].filter(([key]) => !matched.has(key)).map(([, cells]) => cells);
  // Without replace the file keeps its order: its rows, updated where the sheet has them, then
  // the new rows in sheet order. With replace the sheet's order is the file's.
  const out: { cells: string[]; excelRow?: number }[] = replace
    ? fromSheet
    : [
        ...[...byKey].map(([key, cells]) => {
          const m = matched.get(key);
          return m ? { cells: m.cells, excelRow: m.row.excelRow } : { cells };
        }),
        ...added,
      ];
  const text = `${Papa.unparse([columns, ...out.map((r) => r.cells)], { newline: '\n' })}\n`;
  const nothing = added.length === 0 && changed.length === 0 && (!replace || !missing.length);
  const unchanged = committed !== undefined && (text === committed || (nothing && !replace));
  // The header is row 1 of the sheet, as it is line 1 of the file.
  const rowOfLine = new Map<number, number>([[1, 1]]);
  let line = 2;
  for (const row of out) {
    if (row.excelRow !== undefined) rowOfLine.set(line, row.excelRow);
    line += 1 + row.cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  }
  return {
    ok: true,
    plan: {
      text: unchanged ? committed! : text,
      unchanged,
      added,
      changed,
      removed: replace ? missing : [],
      kept: replace ? [] : missing,
      rowOfLine: unchanged && text !== committed ? new Map([[1, 1]]) : rowOfLine,
    },
  };
}
