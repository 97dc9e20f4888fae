/**
 * Cell checks for one row: the spreadsheet slips (spaces, legacy Vietnamese encodings,
 * decomposed accents), then each column's parser, with type errors explained (thousands
 * separators, decimal commas).
 */
import { CellFailure, type FieldMeta } from '../schemas/fields.ts';
import { expectedFor, type Expected } from './expected.ts';
import type { ProblemInput } from './makeProblem.ts';

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
const LEGACY_SIGNS =
  /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/;
const THOUSANDS = /^-?\d{1,3}([.,]\d{3})+$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;

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
 * Refines a type error with the likely spreadsheet cause and its fix. In a decimal column a
 * single comma is read as a Vietnamese decimal comma ("12,5"); more groups are thousands.
 */
export function explainTypeError(
  raw: string,
  column: ColumnInfo,
): Pick<ProblemInput, 'code' | 'a'> {
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
      problems.push(at(column, line, raw, 'cell/whitespace'));
      raw = raw.trim();
    }
    if (column.text && NON_ASCII.test(raw)) {
      if (LEGACY_SIGNS.test(raw)) problems.push(at(column, line, raw, 'cell/legacy-encoding'));
      else if (raw.normalize('NFC') !== raw)
        problems.push(at(column, line, raw, 'cell/unicode-form'));
    }
    const value = column.meta.parse(raw);
    if (value instanceof CellFailure) {
      ok = false;
      const legacy = NON_ASCII.test(raw) && LEGACY_SIGNS.test(raw);
      const explained = legacy
        ? { code: 'cell/legacy-encoding' }
        : value.code === 'cell/type'
          ? explainTypeError(raw, column)
          : { code: value.code };
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

function at(column: ColumnInfo, line: number, value: string, code: string): ProblemInput {
  return { code, line, column: column.name, column_number: column.position + 1, value };
}

type FastReader = (cells: readonly string[]) => Record<string, unknown> | undefined;

/**
 * Generates, once per file, a reader specialised to its columns, the way zod's own JIT works:
 * each cell's parser gets its own call site and the row is one object literal. It returns the
 * row when every cell is clean and valid, or undefined to hand the row to `readRow`, which
 * finds and explains the problems. Both call the same registered parsers, so they agree; the
 * fast path only makes the common case (a valid row) several times cheaper.
 */
export function compileRowReader(columns: readonly ColumnInfo[]): FastReader {
  const lines = columns.map((c, i) => {
    const checks = [
      `const r${i} = cells[${c.position}] ?? '';`,
      `if (r${i}.length > 0) { const a = r${i}.charCodeAt(0), b = r${i}.charCodeAt(r${i}.length - 1);`,
      `  if (a <= 32 || a > 127 || b <= 32 || b > 127) return undefined; }`,
    ];
    if (c.text) checks.push(`if (nonAscii.test(r${i})) return undefined;`);
    checks.push(
      `const v${i} = parsers[${i}](r${i});`,
      `if (v${i} instanceof Failure) return undefined;`,
    );
    return checks.join('\n');
  });
  const literal = columns.map((c, i) => `${JSON.stringify(c.name)}: v${i}`).join(', ');
  const make = new Function(
    'parsers',
    'Failure',
    'nonAscii',
    `return (cells) => {\n${lines.join('\n')}\nreturn { ${literal} };\n};`,
  );
  return make(
    columns.map((c) => c.meta.parse),
    CellFailure,
    NON_ASCII,
  ) as FastReader;
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
