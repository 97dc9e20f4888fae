/**
 * The fast path of reading a row. Once per file, a reader is generated for its columns, the way
 * zod's own JIT works: each column gets code for its kind, and the row is one object literal.
 * Numbers are converted from their character codes in the same loop that checks them, an enum
 * is compared with its values, free text passes one regex; other kinds (codes, dates, links)
 * call their registered parser. The reader returns the row when every cell is clean and valid,
 * or undefined to hand the row to `readRow` (cells.ts), which finds and explains the problems.
 *
 * The rule that makes this safe: generated code accepts only what the registered parser
 * accepts, with the same value, and leaves anything it is unsure of to `readRow` — it may be
 * slower than needed, never different. fastRow.test.ts holds it against the parsers on random
 * and edge-case cells; the differential test compares whole reports with the old path.
 */
import { PLAIN_UNIT_CLASS } from '../schemas/characters.ts';
import { CellFailure, type FieldMeta } from '../schemas/fields.ts';
import { LEGACY_SIGNS, type ColumnInfo } from './cells.ts';

export type FastReader = (cells: readonly string[]) => Record<string, unknown> | undefined;

/**
 * A text cell worth a closer look: any code unit outside the plain ranges (where no invisible
 * character lies, and every character is its own NFC form — characters.ts), or a Latin-1 sign
 * that legacy Vietnamese encodings leave. Notes may also break lines. A cell that does not
 * match passes its column's text parser unchanged and has nothing for `readRow` to report.
 */
function suspectText(meta: FieldMeta): RegExp {
  const lineBreaks = meta.textKind === 'note' ? String.raw`\n\r` : '';
  return new RegExp(`[^${PLAIN_UNIT_CLASS}${lineBreaks}]|${LEGACY_SIGNS.source}`);
}

/** Powers of ten that doubles hold exactly (to 10^22): m / 10^k is then correctly rounded. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** Digits a numeral may have on the fast path: any 15-digit integer is exact in a double. */
const MAX_FAST_DIGITS = 15;

/**
 * A plain non-negative numeral ("0", "1234", "12.5"), its value as m / 10^k with m < 10^15:
 * both exact, so the division rounds as Number(raw) does. Anything else — a sign, a leading
 * zero, more digits, a point 4th from the end (which could be a thousands point, see
 * fields.ts), a value out of range — goes to the parser's road.
 */
function numberCode(i: number, meta: FieldMeta): string {
  const decimals = meta.type === 'number';
  const lines = [
    `const n${i} = r${i}.length;`,
    meta.type === 'year' ? `if (n${i} !== 4) return undefined;` : '',
    `if (n${i} > ${MAX_FAST_DIGITS + (decimals ? 1 : 0)}) return undefined;`,
    `if (r${i}.charCodeAt(0) === 48 && n${i} > 1 && r${i}.charCodeAt(1) !== 46) return undefined;`,
    // k counts the digits after the point (-1: no point yet).
    decimals ? `let m${i} = 0, k${i} = -1;` : `let m${i} = 0;`,
    `for (let j = 0; j < n${i}; j++) {`,
    `  const c = r${i}.charCodeAt(j);`,
    decimals
      ? `  if (c >= 48 && c <= 57) { m${i} = m${i} * 10 + (c - 48); if (k${i} >= 0) k${i}++; }`
      : `  if (c >= 48 && c <= 57) m${i} = m${i} * 10 + (c - 48);`,
    decimals ? `  else if (c === 46 && k${i} < 0 && j > 0) k${i} = 0;` : '',
    `  else return undefined;`,
    `}`,
  ];
  if (decimals) {
    lines.push(
      `if (k${i} === 0 || n${i} - (k${i} >= 0 ? 1 : 0) > ${MAX_FAST_DIGITS}) return undefined;`,
      `if (n${i} <= 8 && r${i}.charCodeAt(n${i} - 4) === 46) return undefined;`,
      `v${i} = k${i} > 0 ? m${i} / pow10[k${i}] : m${i};`,
    );
  } else {
    lines.push(`v${i} = m${i};`);
  }
  lines.push(`if (v${i} < ${meta.minimum} || v${i} > ${meta.maximum}) return undefined;`);
  return lines.filter(Boolean).join('\n');
}

/** An enum cell compared with each allowed value; the value kept is the schema's own string. */
function enumCode(i: number, values: readonly string[]): string {
  const cases = values.map(
    (v) => `case ${JSON.stringify(v)}: v${i} = ${JSON.stringify(v)}; break;`,
  );
  return `switch (r${i}) { ${cases.join(' ')} default: return undefined; }`;
}

/** Free text: within its length, nothing suspect, no space (or line break) at either end. */
function textCode(i: number, meta: FieldMeta): string {
  return [
    `if (r${i}.length > ${meta.maxLength} || suspect[${i}].test(r${i})) return undefined;`,
    `if (r${i}.charCodeAt(0) <= 32 || r${i}.charCodeAt(r${i}.length - 1) <= 32) return undefined;`,
    `v${i} = r${i};`,
  ].join('\n');
}

/** Any other kind: spaces or other characters at the edges go to readRow, then the parser. */
function parserCode(i: number): string {
  return [
    `const a${i} = r${i}.charCodeAt(0), b${i} = r${i}.charCodeAt(r${i}.length - 1);`,
    `if (a${i} <= 32 || a${i} > 127 || b${i} <= 32 || b${i} > 127) return undefined;`,
    `v${i} = parsers[${i}](r${i});`,
    `if (v${i} instanceof Failure) return undefined;`,
  ].join('\n');
}

function isNumber(meta: FieldMeta): boolean {
  return (
    (meta.type === 'integer' || meta.type === 'number' || meta.type === 'year') &&
    Number.isFinite(meta.minimum) &&
    Number.isFinite(meta.maximum)
  );
}

/** A column of `text()` (cells.ts's free text, with a kind and a length of its own). */
function isFreeText(column: ColumnInfo): boolean {
  return column.text && column.meta.textKind !== undefined && column.meta.maxLength !== undefined;
}

function cellCode(i: number, column: ColumnInfo): string {
  const { meta } = column;
  const convert = isNumber(meta)
    ? numberCode(i, meta)
    : meta.enum
      ? enumCode(i, meta.enum)
      : isFreeText(column)
        ? textCode(i, meta)
        : parserCode(i);
  return [
    `const r${i} = cells[${column.position}] ?? '';`,
    `let v${i};`,
    // An empty cell is the parser's answer without calling it: nothing, or "required".
    `if (r${i}.length === 0) { ${meta.required ? 'return undefined;' : `v${i} = undefined;`} }`,
    `else {\n${convert}\n}`,
  ].join('\n');
}

export function compileRowReader(columns: readonly ColumnInfo[]): FastReader {
  const body = columns.map((c, i) => cellCode(i, c)).join('\n');
  const literal = columns.map((c, i) => `${JSON.stringify(c.name)}: v${i}`).join(', ');
  const make = new Function(
    'parsers',
    'Failure',
    'suspect',
    'pow10',
    `return (cells) => {\n${body}\nreturn { ${literal} };\n};`,
  );
  return make(
    columns.map((c) => c.meta.parse),
    CellFailure,
    columns.map((c) => (isFreeText(c) ? suspectText(c.meta) : undefined)),
    POW10,
  ) as FastReader;
}
