/**
 * Cell types shared by every dataset schema.
 *
 * CSV cells arrive as strings. Each builder returns a zod schema that takes the raw string and
 * yields the typed value, or `undefined` for an empty optional cell ("not reported", never 0).
 * Every check carries a stable problem code as its error, so the validator can explain it in
 * Vietnamese and English without depending on zod's wording. Each schema is registered in
 * `fieldRegistry` with the facts the data dictionary, the data package and the messages need.
 */
import { z } from 'zod';
import { HIDDEN, HIDDEN_EXCEPT_NEWLINE, HIDDEN_OR_ODD_SPACE, hasRefused } from './characters.ts';

/** What a column holds, for people and for generated documentation. */
export interface FieldMeta {
  /** Frictionless Table Schema type. */
  type: 'string' | 'integer' | 'number' | 'date' | 'year';
  /** One line in English describing the column. */
  description: string;
  /** One line in Vietnamese describing the column. */
  description_vi: string;
  required: boolean;
  unit?: string;
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
  /** Regular expression the raw text must match (codes, slugs). */
  pattern?: string;
  /** Human description of a pattern, e.g. "3 digits". */
  pattern_en?: string;
  pattern_vi?: string;
  maxLength?: number;
  /** Which invisible characters a free-text column refuses (see `text`). */
  textKind?: TextKind;
  /**
   * The table whose key every value must be: `areas` (its `code`) or `sources` (its `id`). The
   * data package's foreign keys, the reference rules and the normaliser's zero fix follow it.
   */
  references?: 'areas' | 'sources';
  /**
   * A code that looks numeric but is text ("058", "06"): read and written as text everywhere —
   * spreadsheets, pandas and R snippets — or its leading zeros are lost.
   */
  keepAsText?: boolean;
  /** A published quantity (a count, rate or amount): a row of figures needs at least one. */
  measure?: boolean;
  /** Whether the column refuses this (invisible) character; messages name each one. */
  hidden: (character: string) => boolean;
  /** The cell parser the schema runs, for the validator's hot path. */
  parse: CellParser;
}

export const fieldRegistry = z.registry<FieldMeta>();

/** What a column is for beyond its type: set by the builders in common.ts and the schemas. */
export type ColumnRoles = Pick<FieldMeta, 'references' | 'keepAsText' | 'measure'>;

type Describe<R extends boolean = boolean> = Pick<FieldMeta, 'description' | 'description_vi'> &
  ColumnRoles & {
    required?: R;
    unit?: string;
  };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The problem codes a cell parser can fail with. The validator's messages must explain each one
 * (lib/data/messages.ts); the compiler checks it where a failure becomes a problem (cells.ts).
 */
export type CellCode =
  | 'cell/required'
  | 'cell/type'
  | 'cell/range'
  | 'cell/leading-zero'
  | 'cell/precision'
  | 'cell/ambiguous-number'
  | 'cell/too-long'
  | 'cell/invisible-character'
  | 'cell/enum'
  | 'cell/format'
  | 'cell/url';

/** A failed conversion, carrying the problem code (e.g. `cell/type`). */
export class CellFailure {
  readonly code: CellCode;
  constructor(code: CellCode) {
    this.code = code;
  }
}
const failures = new Map<CellCode, CellFailure>();
/** Shared failure objects, so a failed cell allocates nothing. */
export function fail(code: CellCode): CellFailure {
  let failure = failures.get(code);
  if (!failure) failures.set(code, (failure = new CellFailure(code)));
  return failure;
}

/** Converts one raw cell: the typed value, `undefined` for an empty optional cell, or a failure. */
export type CellParser = (raw: string) => unknown;

/**
 * A column's whole cell logic as one plain function: an empty cell is "required" or `undefined`;
 * otherwise `convert` gives the value or a `CellFailure`. The zod schema runs it in a single
 * transform (a chain of pipes is twice as slow), and the validator's hot path calls the very same
 * function through the registry, so both always agree.
 */
function cell<T, R extends boolean>(
  required: R,
  convert: (raw: string) => T | CellFailure,
): z.ZodType<R extends true ? T : T | undefined, string> {
  const requiredFailure = fail('cell/required');
  const parse = (raw: string): T | CellFailure | undefined =>
    raw === '' ? (required ? requiredFailure : undefined) : convert(raw);
  const schema = z.string().transform((raw, ctx) => {
    const value = parse(raw);
    if (value instanceof CellFailure) {
      ctx.issues.push({ code: 'custom', message: value.code, input: raw });
      return z.NEVER;
    }
    return value;
  });
  parsers.set(schema, parse);
  return schema as z.ZodType<R extends true ? T : T | undefined, string>;
}

const parsers = new WeakMap<z.ZodType, CellParser>();

/** Doubles keep 15 significant decimal digits exactly; a 16th would be silently rounded. */
export const MAX_SIGNIFICANT_DIGITS = 15;

const NOT_NUMERAL = -1;
const LEADING_ZERO = -2;

/**
 * Scans a plain numeral: digits with an optional leading "-" and, when `decimals` is set, one
 * "." between digits. Returns how many significant digits it has, `NOT_NUMERAL`, or
 * `LEADING_ZERO` for a numeral such as "007" (Excel never writes one: it was typed as text).
 * A hand-written scan: on a million rows it is several times faster than a regular expression.
 */
function scanNumeral(raw: string, decimals: boolean): number {
  const start = raw.charCodeAt(0) === 45 ? 1 : 0;
  let digitsBefore = 0;
  let digitsAfter = 0;
  let significant = 0;
  let dot = false;
  for (let i = start; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (dot) digitsAfter++;
      else digitsBefore++;
      if (significant > 0 || c !== 48) significant++;
    } else if (c === 46 && decimals && !dot) {
      dot = true;
    } else {
      return NOT_NUMERAL;
    }
  }
  if (digitsBefore === 0 || (dot && digitsAfter === 0)) return NOT_NUMERAL;
  return digitsBefore > 1 && raw.charCodeAt(start) === 48 ? LEADING_ZERO : significant;
}

/**
 * "80.276" or "-146.500": one group of three digits after a point, with 1–3 digits before it
 * that do not start with 0. In Vietnamese Excel that point separates thousands (80 276).
 */
const THOUSANDS_OR_DECIMAL = /^-?[1-9]\d{0,2}\.\d{3}$/;

/** The thousands reading of a one-group numeral, when it is also a valid value of the column. */
export function thousandsReading(raw: string, minimum: number, maximum: number) {
  if (!THOUSANDS_OR_DECIMAL.test(raw.replace(',', '.'))) return undefined;
  const n = Number(raw.replace(/[.,]/, ''));
  return n >= minimum && n <= maximum ? n : undefined;
}

type Syntax = 'integer' | 'decimal' | 'year';

function numberIn(minimum: number, maximum: number, syntax: Syntax) {
  const decimals = syntax === 'decimal';
  const typeFailure = fail('cell/type');
  const rangeFailure = fail('cell/range');
  return (raw: string) => {
    let digits = scanNumeral(raw, decimals);
    if (syntax === 'year') {
      if (raw.length !== 4 || raw[0] === '-') return typeFailure;
      if (digits === LEADING_ZERO) digits = 4; // "0999" is simply out of range
    }
    if (digits === NOT_NUMERAL) return typeFailure;
    if (digits === LEADING_ZERO) return fail('cell/leading-zero');
    const n = Number(raw) + 0; // "-0" is 0, never a negative zero ("-0%")
    if (n < minimum || n > maximum) return rangeFailure;
    if (digits > MAX_SIGNIFICANT_DIGITS) return fail('cell/precision');
    // "80.276" million VND: 80 276 with a vi-VN thousands point, or 80.276? Never guess.
    // Only a numeral with a point 4th from the end can read two ways (the regex's `\.\d{3}$`;
    // raw passed scanNumeral, so it has no comma): that cheap test spares most rates the regex.
    if (
      decimals &&
      raw.length <= 8 &&
      raw.charCodeAt(raw.length - 4) === 46 &&
      thousandsReading(raw, minimum, maximum) !== undefined
    ) {
      return fail('cell/ambiguous-number');
    }
    return n;
  };
}

function meta(
  d: Describe,
  type: FieldMeta['type'],
  requiredByDefault: boolean,
  hidden: RegExp = HIDDEN_OR_ODD_SPACE,
): Omit<FieldMeta, 'parse'> {
  const { required, ...rest } = d;
  const isHidden = (character: string) => hidden.test(character);
  return { ...rest, type, required: required ?? requiredByDefault, hidden: isHidden };
}

function register<S extends z.ZodType>(schema: S, meta: Omit<FieldMeta, 'parse'>): S {
  const parse = parsers.get(schema);
  if (!parse) throw new Error('register() expects a schema built by cell()');
  fieldRegistry.add(schema, { ...meta, parse });
  return schema;
}

/**
 * Which invisible characters a text column refuses: a `name` must match and sort exactly (no
 * look-alike spaces either), a `line` is one line of text (title, publisher), and a `note` may
 * break lines inside its quoted cell. Tabs, controls, zero-width and bidi characters never pass.
 */
export type TextKind = 'name' | 'line' | 'note';

const HIDDEN_BY_KIND: Record<TextKind, RegExp> = {
  name: HIDDEN_OR_ODD_SPACE,
  line: HIDDEN,
  note: HIDDEN_EXCEPT_NEWLINE,
};

/** Free text (names, titles, notes). */
export function text<R extends boolean = false>({
  maxLength,
  kind,
  ...d
}: Describe<R> & { maxLength?: number; kind?: TextKind }) {
  const max = maxLength ?? 2000;
  const hidden = HIDDEN_BY_KIND[kind ?? 'line'];
  const schema = cell((d.required ?? false) as R, (raw) =>
    raw.length > max
      ? fail('cell/too-long')
      : hasRefused(raw, hidden)
        ? fail('cell/invisible-character')
        : raw,
  );
  return register(schema, {
    ...meta(d, 'string', false, hidden),
    maxLength: max,
    textKind: kind ?? 'line',
  });
}

/**
 * Bounds of a numeric column. The maximum is required: every number has a finite, meaningful
 * ceiling (see bounds.ts), so nothing beyond what a double stores exactly is ever accepted.
 */
type NumberBounds = { minimum?: number; maximum: number };

/** A whole number; counts default to a minimum of 0. */
export function integer<R extends boolean = false>(d: Describe<R> & NumberBounds) {
  const minimum = d.minimum ?? 0;
  if (!Number.isSafeInteger(d.maximum) || !Number.isSafeInteger(minimum)) {
    throw new RangeError('integer bounds must be safe integers');
  }
  const schema = cell((d.required ?? false) as R, numberIn(minimum, d.maximum, 'integer'));
  return register(schema, { ...meta(d, 'integer', false), minimum });
}

/** A decimal number written with `.` as decimal mark. */
export function decimal<R extends boolean = false>(d: Describe<R> & NumberBounds) {
  const minimum = d.minimum ?? 0;
  if (!Number.isFinite(d.maximum) || !Number.isFinite(minimum)) {
    throw new RangeError('decimal bounds must be finite');
  }
  const schema = cell((d.required ?? false) as R, numberIn(minimum, d.maximum, 'decimal'));
  return register(schema, { ...meta(d, 'number', false), minimum });
}

/** A percentage from 0 to 100. */
export function percent(d: Describe<false>) {
  return decimal({ ...d, unit: '%', minimum: 0, maximum: 100 });
}

/** A calendar year within the bounds the dataset allows. */
export function year<R extends boolean = true>(
  d: Describe<R> & { minimum: number; maximum: number },
) {
  const schema = cell((d.required ?? true) as R, numberIn(d.minimum, d.maximum, 'year'));
  return register(schema, meta(d, 'year', true));
}

/** An ISO 8601 calendar date (YYYY-MM-DD) that exists. */
export function date<R extends boolean = false>(d: Describe<R>) {
  const schema = cell((d.required ?? false) as R, (raw) =>
    ISO_DATE.test(raw) && isRealDate(raw) ? raw : fail('cell/type'),
  );
  return register(schema, meta(d, 'date', false));
}

function isRealDate(iso: string): boolean {
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso);
}

/** One of a fixed list of values. */
export function oneOf<const V extends readonly [string, ...string[]], R extends boolean = true>(
  values: V,
  d: Describe<R>,
) {
  const allowed = new Set<string>(values);
  const schema = cell((d.required ?? true) as R, (raw) =>
    allowed.has(raw) ? (raw as V[number]) : fail('cell/enum'),
  );
  return register(schema, { ...meta(d, 'string', true), enum: values });
}

/** Text that must match a pattern (codes, identifiers). Leading zeros are kept. */
export function pattern<R extends boolean = true>(
  regex: RegExp,
  d: Describe<R> & { pattern_en: string; pattern_vi: string; code?: CellCode },
) {
  const { code, pattern_en, pattern_vi, ...rest } = d;
  const failure = fail(code ?? 'cell/format');
  const schema = cell((d.required ?? true) as R, (raw) => (regex.test(raw) ? raw : failure));
  return register(schema, {
    ...meta(rest, 'string', true),
    pattern: regex.source,
    pattern_en,
    pattern_vi,
  });
}

/** An absolute http(s) URL: the only kind of link the site will ever render. */
export function url<R extends boolean = false>(d: Describe<R>) {
  const schema = cell((d.required ?? false) as R, (raw) =>
    /^https?:\/\/\S+$/.test(raw) && URL.canParse(raw) ? raw : fail('cell/url'),
  );
  return register(schema, {
    ...meta(d, 'string', false),
    pattern: '^https?://',
    pattern_en: 'an address starting with http:// or https://',
    pattern_vi: 'địa chỉ bắt đầu bằng http:// hoặc https://',
  });
}
