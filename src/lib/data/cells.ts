/**
 * Cell checks for one row: the spreadsheet slips first (spaces, thousands separators, decimal
 * commas, legacy Vietnamese encodings, decomposed accents), then the dataset's zod schema.
 */
import type { z } from 'zod';
import type { FieldMeta } from '../schemas/fields.ts';
import { expectedFor, type Expected } from './expected.ts';
import type { ProblemInput } from './makeProblem.ts';

export interface ColumnInfo {
  name: string;
  meta: FieldMeta;
  expected: Expected;
  /** 0-based position in the file's rows. */
  position: number;
}

const EDGE_SPACE = /^\s|\s$/;
const NON_ASCII = /[^\x00-\x7f]/;
/**
 * Latin-1 letters and signs that Vietnamese never uses but TCVN3 and VNI text shows when read as
 * Unicode (e.g. "B¾c K¹n", "Baéc Kaïn" keeps é but adds ï, ø, ö…).
 */
const LEGACY_SIGNS = /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/;
const THOUSANDS = /^-?\d{1,3}([.,]\d{3})+$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;

/** Raw-text problems of one cell, and the text to pass on to the schema. */
export function precheckCell(raw: string, column: ColumnInfo, line: number): { text: string; problems: ProblemInput[] } {
  const problems: ProblemInput[] = [];
  const at = { line, column: column.name, column_number: column.position + 1, value: raw };
  let text = raw;
  if (EDGE_SPACE.test(text)) {
    problems.push({ ...at, code: 'cell/whitespace' });
    text = text.trim();
  }
  if (NON_ASCII.test(text)) {
    if (LEGACY_SIGNS.test(text)) problems.push({ ...at, code: 'cell/legacy-encoding' });
    else if (text.normalize('NFC') !== text) problems.push({ ...at, code: 'cell/unicode-form' });
  }
  return { text, problems };
}

/**
 * Refines a type error with the likely spreadsheet cause and its fix. In a decimal column a
 * single comma is read as a Vietnamese decimal comma ("12,5"); more groups are thousands.
 */
export function explainTypeError(raw: string, column: ColumnInfo): Pick<ProblemInput, 'code' | 'a'> {
  const { type } = column.meta;
  if (type === 'number' && DECIMAL_COMMA.test(raw)) {
    return { code: 'cell/decimal-comma', a: raw.replace(',', '.') };
  }
  if ((type === 'integer' || type === 'number') && THOUSANDS.test(raw)) {
    return { code: 'cell/thousands-separator', a: raw.replace(/[.,]/g, '') };
  }
  return { code: 'cell/type' };
}

/**
 * Runs the row through the schema. Returns the typed row, or undefined with the problems of
 * every failing cell.
 */
export function parseRow<S extends z.ZodObject>(
  schema: S,
  record: Record<string, string>,
  columns: ReadonlyMap<string, ColumnInfo>,
  line: number,
  problems: ProblemInput[],
): z.infer<S> | undefined {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const name = String(issue.path[0]);
    const column = columns.get(name);
    if (!column) continue;
    const value = record[name] ?? '';
    const code = issue.message.includes('/') ? issue.message : 'cell/type';
    const refined = code === 'cell/type' ? explainTypeError(value, column) : { code };
    problems.push({
      ...refined,
      line,
      column: name,
      column_number: column.position + 1,
      value,
      expected: column.expected,
    });
  }
  return undefined;
}

export function columnInfos(
  columns: readonly { name: string; meta: FieldMeta }[],
  positions: ReadonlyMap<string, number>,
): Map<string, ColumnInfo> {
  return new Map(
    columns.map(({ name, meta }) => [
      name,
      { name, meta, expected: expectedFor(meta), position: positions.get(name) ?? -1 },
    ]),
  );
}
