/**
 * Cell checks for one row: the spreadsheet slips (spaces, legacy Vietnamese encodings,
 * decomposed accents), then each column's parser, with failures explained (thousands
 * separators, decimal commas, numbers that read two ways, invisible characters by code point).
 */
import { refusedCharacters } from '../schemas/characters.ts';
import { CellFailure, type FieldMeta } from '../schemas/fields.ts';
import { expectedFor, type Expected } from './expected.ts';
import type { ProblemInput } from './makeProblem.ts';
import type { ProblemCode } from './messages.ts';
import { explainNumber, type Explanation } from './numberSlips.ts';

export interface ColumnInfo {
  name: string;
  meta: FieldMeta;
  expected: Expected;
  /** Free text, where legacy encodings and decomposed accents are looked for. */
  text: boolean;
  /** 0-based position in the file's rows. */
  position: number;
}

const EDGE_SPACE = /^\s|\s$/;
const NON_ASCII = /[^ -~\t\r\n]/;
/**
 * Latin-1 letters and signs that Vietnamese never uses but TCVN3 and VNI text shows when read as
 * Unicode (e.g. "B¾c K¹n", "Baéc Kaïn" keeps é but adds ï, ø, ö…).
 */
export const LEGACY_SIGNS =
  /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/;
/** Edge characters that `trim()` removes but that are not spaces a person typed. */
const EDGE_INVISIBLE = /^\s*[\v\f\u2028\u2029\ufeff]|[\v\f\u2028\u2029\ufeff]\s*$/;
/** Failures a hidden character can explain: the value looks right but does not match. */
const LOOKS_RIGHT = new Set<ProblemCode>(['cell/type', 'cell/format', 'cell/enum', 'cell/url']);

/** Free-text columns (names, notes, titles): the ones where encoding slips show. */
function isText(meta: FieldMeta): boolean {
  return meta.type === 'string' && !meta.enum && !meta.pattern;
}

function hasEdgeSpace(raw: string): boolean {
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(raw.length - 1);
  // Cheap test first: only characters ≤ space or beyond ASCII can be whitespace.
  return (first <= 32 || first > 127 || last <= 32 || last > 127) && EDGE_SPACE.test(raw);
}

/**
 * Refines a failure code with the likely spreadsheet cause and its fix: number slips first (a
 * no-break space between digit groups is a thousands separator), then hidden characters, named
 * by code point, in a value that would otherwise look exactly like a valid one.
 */
export function explainFailure(raw: string, column: ColumnInfo, code: ProblemCode): Explanation {
  const { meta } = column;
  if (meta.type === 'integer' || meta.type === 'number') {
    const explained = explainNumber(raw, meta, code);
    if (explained.code !== 'cell/type') return explained;
  }
  if (code === 'cell/invisible-character' || LOOKS_RIGHT.has(code)) {
    const hidden = refusedCharacters(raw, meta.hidden);
    if (hidden.length > 0)
      return { code: 'cell/invisible-character', characters: hidden.join(', ') };
  }
  return { code };
}

/**
 * Reads one row into typed values with each column's registered cell parser, the same function
 * its zod schema runs (see fields.ts), reporting every failing cell. Returns undefined when any
 * cell failed. Written for the hot path: nothing is allocated for a clean cell.
 */
export function readRow(
  cells: readonly string[],
  columns: readonly ColumnInfo[],
  line: number,
  problems: ProblemInput[],
): Record<string, unknown> | undefined {
  const row: Record<string, unknown> = {};
  let ok = true;
  for (const column of columns) {
    let raw = cells[column.position] ?? '';
    if (raw.length > 0 && hasEdgeSpace(raw)) {
      problems.push(edgeProblem(column, line, raw));
      raw = raw.trim();
    }
    let legacy = false;
    if (column.text && NON_ASCII.test(raw)) {
      legacy = LEGACY_SIGNS.test(raw);
      if (legacy) problems.push(at(column, line, raw, 'cell/legacy-encoding'));
      else if (raw.normalize('NFC') !== raw)
        problems.push(at(column, line, raw, 'cell/unicode-form'));
    }
    const value = column.meta.parse(raw);
    if (value instanceof CellFailure) {
      ok = false;
      // Legacy text was reported above; one message per cell is enough.
      if (legacy) continue;
      let explained = explainFailure(raw, column, value.code);
      if (explained.code !== 'cell/invisible-character' && NON_ASCII.test(raw)) {
        if (LEGACY_SIGNS.test(raw)) explained = { code: 'cell/legacy-encoding' };
      }
      problems.push({
        ...at(column, line, raw, explained.code),
        ...explained,
        expected: column.expected,
      });
    } else {
      row[column.name] = value;
    }
  }
  return ok ? row : undefined;
}

/** Spaces around a value, or a byte-order mark or separator that `trim()` would hide. */
function edgeProblem(column: ColumnInfo, line: number, raw: string): ProblemInput {
  if (!EDGE_INVISIBLE.test(raw)) return at(column, line, raw, 'cell/whitespace');
  const hidden = refusedCharacters(raw, column.meta.hidden);
  return { ...at(column, line, raw, 'cell/invisible-character'), characters: hidden.join(', ') };
}

function at(column: ColumnInfo, line: number, value: string, code: ProblemCode): ProblemInput {
  return { code, line, column: column.name, column_number: column.position + 1, value };
}

export function columnInfos(
  columns: readonly { name: string; meta: FieldMeta }[],
  positions: ReadonlyMap<string, number>,
): Map<string, ColumnInfo> {
  return new Map(
    columns.map(({ name, meta }) => [
      name,
      {
        name,
        meta,
        expected: expectedFor(meta),
        text: isText(meta),
        position: positions.get(name) ?? -1,
      },
    ]),
  );
}
