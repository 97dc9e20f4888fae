/**
 * Sheets built from CSV rows the way a person fills them in Excel — numerals typed as numbers,
 * so codes lose their zeros — with the columns taken from the file itself, so the tests of the
 * importer follow the datasets as they change. Test support only.
 */
import Papa from 'papaparse';
import writeXlsxFile, { type Sheet } from 'write-excel-file/node';

export type Row = Record<string, string>;
export type TypedCell = string | number | null | { type: 'Formula'; value: string };

/** A CSV text as its column names and its rows by name. */
export function csvObjects(text: string): { columns: string[]; rows: Row[] } {
  const [columns = [], ...body] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
  }).data;
  return {
    columns,
    rows: body.map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']))),
  };
}

/** A row's cells as Excel gives them back after typing: numerals become numbers. */
export function typedRow(
  columns: readonly string[],
  row: Readonly<Record<string, TypedCell | undefined>>,
): TypedCell[] {
  return columns.map((c) => {
    const value = row[c];
    if (value === undefined || value === '') return null;
    if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
    return value;
  });
}

/** The canonical CSV line of a row. */
export function csvLine(columns: readonly string[], row: Readonly<Row>): string {
  return Papa.unparse([columns.map((c) => row[c] ?? '')], { newline: '\n' });
}

/** A workbook of sheets, each with the header and the rows typed as a person would. */
export async function typedWorkbook(
  sheets: readonly {
    sheet: string;
    columns: readonly string[];
    rows: readonly Readonly<Record<string, TypedCell | undefined>>[];
  }[],
): Promise<Uint8Array> {
  const written = sheets.map(
    ({ sheet, columns, rows }) =>
      ({ sheet, data: [columns, ...rows.map((r) => typedRow(columns, r))] }) as Sheet<never>,
  );
  return new Uint8Array(await writeXlsxFile(written).toBuffer());
}
