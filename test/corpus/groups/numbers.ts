/**
 * Numbers as spreadsheets and hurried typing leave them: thousands separators of every locale,
 * decimal commas, one group of three digits that reads two ways, values no column can hold,
 * notations JavaScript would accept but a person did not mean, and negative zero.
 */
import { setCell } from '../setCell.ts';
import type { CorpusCase, ExpectedProblem, ProblemCode, ValidatorCase } from '../corpusCase.ts';

interface Target {
  file: string;
  line: number;
  column: string;
}

/** A whole-number count, a decimal amount in million VND, a percentage, a decimal count. */
const COUNT: Target = { file: 'deprivation.csv', line: 2, column: 'deprived_households' };
const MONEY: Target = { file: 'funding.csv', line: 2, column: 'allocated_million_vnd' };
const DISBURSED: Target = { file: 'funding.csv', line: 2, column: 'disbursed_million_vnd' };
const PERCENT: Target = { file: 'deprivation.csv', line: 2, column: 'deprived_pct' };
const OUTPUT: Target = { file: 'outputs.csv', line: 2, column: 'value' };
const TARGET: Target = { file: 'targets.csv', line: 2, column: 'target_value' };
const HOUSEHOLDS: Target = { file: 'poverty.csv', line: 3, column: 'households_total' };
const LATITUDE: Target = { file: 'areas.csv', line: 2, column: 'lat' };
const YEAR: Target = { file: 'designations.csv', line: 2, column: 'year_from' };

/** One cell written as `raw`; `code` is the located error expected there, or 'accepted'. */
function number(
  name: string,
  at: Target,
  raw: string,
  code: ProblemCode | 'accepted',
): ValidatorCase {
  const expected: ExpectedProblem[] | 'accepted' =
    code === 'accepted' ? code : [{ code, file: at.file, line: at.line, column: at.column }];
  return {
    kind: 'validate',
    name: `${name}: ${JSON.stringify(raw)} in ${at.file} ${at.column}`,
    edits: { [at.file]: setCell(at.line, at.column, raw) },
    expect: expected,
  };
}

const THOUSANDS = 'cell/thousands-separator';
const AMBIGUOUS = 'cell/ambiguous-number';
const DECIMAL_COMMA = 'cell/decimal-comma';

export const cases: CorpusCase[] = [
  // Thousands separators in a count: never a decimal there, always a slip.
  number('vi-VN thousands point in a count', COUNT, '1.234', THOUSANDS),
  number('en-US thousands comma in a count', COUNT, '1,234', THOUSANDS),
  number('two thousands points in a count', COUNT, '1.234.567', THOUSANDS),
  number('space as thousands separator', COUNT, '1 234', THOUSANDS),
  number('no-break space as thousands separator', COUNT, '1\u00a0234', THOUSANDS),
  number('narrow no-break space as thousands separator', COUNT, '1\u202f234', THOUSANDS),
  number('vi-VN thousands point in households', HOUSEHOLDS, '80.276', THOUSANDS),
  // One group of three digits in a decimal column: both readings fit, so it is never guessed.
  number('money with a comma and three digits', MONEY, '146,500', AMBIGUOUS),
  number('money with a point and three digits', MONEY, '80.276', AMBIGUOUS),
  number('negative money, one group', DISBURSED, '-146.500', 'cell/range'),
  number('decimal count with a point and three digits', OUTPUT, '1.500', AMBIGUOUS),
  number('decimal count with a comma and three digits', OUTPUT, '1,500', AMBIGUOUS),
  number('target with a point and three digits', TARGET, '2.500', AMBIGUOUS),
  // Unambiguous: a first group of four digits, or a leading 0, cannot be thousands.
  number('four digits before the point', MONEY, '1234.500', 'accepted'),
  number('zero before the point', DISBURSED, '0.500', 'accepted'),
  number('point and four digits', MONEY, '1000.2760', 'accepted'),
  // A percentage cannot be 80 276, nor a latitude 22 147: only the decimal reading fits.
  number('percentage with three decimals', PERCENT, '80.276', 'accepted'),
  number('latitude with three decimals', LATITUDE, '22.147', 'accepted'),
  number('percentage with a comma and three digits', PERCENT, '12,500', DECIMAL_COMMA),
  // Thousands and decimals together.
  number('money, en-US style', MONEY, '1,234,567.5', THOUSANDS),
  number('money, vi-VN style', MONEY, '1.234.567,5', THOUSANDS),
  number('money, several thousands points', MONEY, '1.234.567', THOUSANDS),
  number('decimal comma', MONEY, '1234,5', DECIMAL_COMMA),
  number('decimal comma in a percentage', PERCENT, '12,5', DECIMAL_COMMA),
  number('decimal comma in a target', TARGET, '2,5', DECIMAL_COMMA),
  // Beyond what any column means, or what a double can hold.
  number('400-digit amount', MONEY, '9'.repeat(400), 'cell/range'),
  number('20-digit count', COUNT, '12345678901234567890', 'cell/range'),
  number('more households than Vietnam has', HOUSEHOLDS, '30000001', 'cell/range'),
  number('more than ten million billion VND', MONEY, '10000000001', 'cell/range'),
  number('16 significant digits', DISBURSED, '0.1234567890123456', 'cell/precision'),
  number('1e308', MONEY, '1e308', 'cell/type'),
  number('Infinity', MONEY, 'Infinity', 'cell/type'),
  number('NaN', MONEY, 'NaN', 'cell/type'),
  number('hexadecimal', COUNT, '0x10', 'cell/type'),
  number('scientific notation', COUNT, '1e3', 'cell/type'),
  number('explicit plus sign', COUNT, '+5', 'cell/type'),
  number('a decimal in a count', COUNT, '12.5', 'cell/type'),
  number('Unicode minus sign', PERCENT, '\u22125', 'cell/type'),
  number('a year written with a space', YEAR, '2 016', 'cell/type'),
  // Signs and zeros.
  number('negative count', COUNT, '-5', 'cell/range'),
  number('percentage above 100', PERCENT, '100.5', 'cell/range'),
  number('negative zero count', COUNT, '-0', 'accepted'),
  number('negative zero percentage', PERCENT, '-0', 'accepted'),
  number('negative zero amount', DISBURSED, '-0.0', 'accepted'),
  number('leading zeros in a count', COUNT, '007', 'cell/leading-zero'),
  number('leading zero in an amount', MONEY, '01000', 'cell/leading-zero'),
  number('a single zero', COUNT, '0', 'accepted'),
  number('trailing zeros kept as printed', PERCENT, '8.00', 'accepted'),
];
