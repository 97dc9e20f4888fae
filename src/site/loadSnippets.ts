/**
 * The "load this CSV" snippets for pandas and R. Neither may guess types: R's read.csv turns an
 * all-empty integer column into logical and reads an empty text cell as "" instead of NA, and
 * both read a code such as "06" as the number 6. So every column whose schema type is known gets
 * an explicit type (codes as text), an empty cell is the only missing value (NA), and a literal
 * "NA" or "null" in a text cell stays text.
 */
import type { FieldMeta } from '../lib/schemas/fields.ts';

export interface SnippetColumn {
  name: string;
  type: FieldMeta['type'];
}

export interface SnippetInput {
  url: string;
  /** Written with a byte-order mark (the Excel flavour). */
  bom: boolean;
  /** Text columns that look numeric (codes); always read as text. */
  codeColumns: readonly string[];
  /** Every column with its schema type, when the file follows a dataset schema. */
  columns?: readonly SnippetColumn[];
}

const R_CLASS: Record<FieldMeta['type'], string> = {
  string: 'character',
  integer: 'integer',
  year: 'integer',
  number: 'numeric',
  date: 'Date',
};
// Nullable integers: an empty cell stays NA instead of turning the column into floats.
const PANDAS_DTYPE: Record<FieldMeta['type'], string> = {
  string: 'str',
  integer: '"Int64"',
  year: '"Int64"',
  number: '"float64"',
  date: 'str', // unused: date columns go to parse_dates
};

/** Column name → type, for every known column, codes forced to text. */
function typed(
  input: SnippetInput,
  classes: Record<FieldMeta['type'], string>,
): [string, string][] {
  const codes = new Set(input.codeColumns);
  const known =
    input.columns ?? input.codeColumns.map((name) => ({ name, type: 'string' as const }));
  return known.map((c) => [c.name, classes[codes.has(c.name) ? 'string' : c.type]]);
}

/** R names are quoted with backticks only when they are not syntactic. */
const rName = (name: string) => (/^[A-Za-z.][\w.]*$/.test(name) ? name : `\`${name}\``);

const why = (input: SnippetInput) =>
  `${input.columns ? 'types from the schema; ' : ''}codes keep their leading zeros`;

export function pandasSnippet(input: SnippetInput): string {
  const dates = (input.columns ?? []).filter((c) => c.type === 'date').map((c) => `"${c.name}"`);
  // A date column is parsed, not given a dtype as well.
  const dtype = typed(input, PANDAS_DTYPE)
    .filter(([name]) => !dates.includes(`"${name}"`))
    .map(([name, type]) => `        "${name}": ${type},`);
  return [
    'import pandas as pd',
    'df = pd.read_csv(',
    `    "${input.url}",`,
    `    dtype={  # ${why(input)}`,
    ...dtype,
    '    },',
    ...(dates.length ? [`    parse_dates=[${dates.join(', ')}],`] : []),
    '    keep_default_na=False,  # only an empty cell is missing, not "NA" or "null"',
    '    na_values=[""],',
    `    encoding="${input.bom ? 'utf-8-sig' : 'utf-8'}",`,
    ')',
  ].join('\n');
}

export function rSnippet(input: SnippetInput): string {
  const classes = typed(input, R_CLASS).map(([name, type]) => `    ${rName(name)} = "${type}"`);
  return [
    'df <- read.csv(',
    `  "${input.url}",`,
    `  colClasses = c(  # ${why(input)}`,
    classes.join(',\n'),
    '  ),',
    '  na.strings = "",  # an empty cell is NA; the text "NA" stays text',
    `  fileEncoding = "${input.bom ? 'UTF-8-BOM' : 'UTF-8'}"`,
    ')',
  ].join('\n');
}
