/**
 * Why a number cell was refused, in spreadsheet terms: thousands separators ("80.276" in a count,
 * "1 234 567"), a decimal comma ("12,5"), a leading zero, or a number that reads two ways
 * ("146,500" million VND: 146500 or 146.5?), which the validator never guesses.
 */
import { thousandsReading, type FieldMeta } from '../schemas/fields.ts';
import type { ProblemCode, ProblemFacts } from './messages.ts';

/** A refined failure code, with the fix or readings its message quotes. */
export type Explanation = { code: ProblemCode } & Pick<
  ProblemFacts,
  'fix' | 'thousands' | 'decimal' | 'characters'
>;

/**
 * Digits in groups of three after a first group of 1–3 (not starting with 0), all separated by
 * the same mark — point, comma, space, no-break, thin or narrow no-break space — then perhaps a
 * decimal part after the other mark: "1.234.567", "1,234.5", "1.234,5", "146 500".
 */
const GROUPED =
  /^(-?)([1-9]\d{0,2})((?:([., \u00a0\u2009\u202f])\d{3})(?:\4\d{3})*)(?:([.,])(\d+))?$/u;
const DECIMAL_COMMA = /^-?\d+,\d+$/;

const within = (n: number, meta: FieldMeta) =>
  n >= (meta.minimum ?? -Infinity) && n <= (meta.maximum ?? Infinity);

/** The decimal reading written so it cannot be read as thousands again (80.276 → 80.2760). */
function unambiguousDecimal(decimal: string, meta: FieldMeta): string {
  return thousandsReading(decimal, meta.minimum ?? -Infinity, meta.maximum ?? Infinity) ===
    undefined
    ? decimal
    : `${decimal}0`;
}

/** Both readings of a one-group number, as thousands and as a decimal, ready to write. */
function ambiguous(raw: string, meta: FieldMeta): Explanation {
  const decimal = String(Number(raw.replace(',', '.')));
  return {
    code: 'cell/ambiguous-number',
    thousands: raw.replace(/[.,]/, ''),
    decimal: unambiguousDecimal(decimal, meta),
  };
}

/** Refines the failure code of a number cell with the likely slip and its fix. */
export function explainNumber(raw: string, meta: FieldMeta, code: ProblemCode): Explanation {
  if (code === 'cell/ambiguous-number') return ambiguous(raw, meta);
  if (code === 'cell/leading-zero') return { code, fix: raw.replace(/^(-?)0+(?=\d)/, '$1') };
  if (code !== 'cell/type') return { code };
  const decimalColumn = meta.type === 'number';
  const m = GROUPED.exec(raw);
  if (m && m[5] !== m[4]) {
    const [, sign = '', first = '', groups = '', mark, decimalMark, fraction] = m;
    const oneGroup = groups.length === 4 && decimalMark === undefined;
    if (decimalColumn && oneGroup && mark === ',') {
      const thousands = thousandsReading(raw, meta.minimum ?? -Infinity, meta.maximum ?? Infinity);
      const decimalOk = within(Number(raw.replace(',', '.')), meta);
      if (thousands !== undefined && decimalOk) return ambiguous(raw, meta);
      if (decimalOk) return { code: 'cell/decimal-comma', fix: raw.replace(',', '.') };
    }
    const digits = `${sign}${first}${groups.replace(/\D/g, '')}`;
    return {
      code: 'cell/thousands-separator',
      fix: decimalMark === undefined ? digits : `${digits}.${fraction}`,
    };
  }
  if (decimalColumn && DECIMAL_COMMA.test(raw)) {
    return { code: 'cell/decimal-comma', fix: raw.replace(',', '.') };
  }
  return { code };
}
