/**
 * Validates one dataset file as it streams: encoding, header, then each row through the schema
 * and the dataset's rules, then the checks that need the whole table. Never throws on bad data.
 */
import type { z } from 'zod';
import { columnsOf, type DatasetDefinition, type DatasetName } from '../schemas/datasets.ts';
import { columnInfos, readRow, type ColumnInfo } from './cells.ts';
import { compileRowReader } from './fastRow.ts';
import { checkHeader } from './header.ts';
import type { ProblemInput } from './makeProblem.ts';
import type { Problem } from './problem.ts';
import { ProblemSink } from './problemSink.ts';
import { readCsv, type ReadFailure } from './readCsv.ts';
import { rowContext, type References, type RowContext } from './rules/context.ts';
import { compileRowRules, RULES } from './rules/index.ts';
import { packedUniqueKey } from './rules/keyIndex.ts';

export interface FileValidation<T> {
  problems: Problem[];
  /**
   * Rows that passed the schema, with their lines and, for decimal columns that had a point, how
   * many decimals the cell was written with ("18.50": 2), when `keepRows` was asked for.
   */
  rows: KeptRow<T>[];
  /** Data rows read (header and empty rows excluded). */
  rowCount: number;
  /** False when reading stopped early (encoding, quotes, delimiter, unusable header, empty). */
  complete: boolean;
}

export interface KeptRow<T> {
  line: number;
  row: T;
  decimals?: ReadonlyMap<string, number>;
}

export interface ValidateFileOptions<T> {
  refs: References;
  keepRows?: boolean;
  /** Called with each row that passed its schema, e.g. to fill the reference tables. */
  onValidRow?: (row: T) => void;
}

export async function validateFile<S extends z.ZodObject>(
  dataset: DatasetDefinition<S> & { name: DatasetName },
  file: string,
  bytes: AsyncIterable<Uint8Array>,
  options: ValidateFileOptions<z.infer<S>>,
): Promise<FileValidation<z.infer<S>>> {
  type Row = z.infer<S>;
  const columns = columnsOf(dataset);
  const names = columns.map((c) => c.name);
  const rules = RULES[dataset.name];
  const keyColumns = dataset.key.map((name) => columns.find((c) => c.name === name)!);
  const tableChecks = [packedUniqueKey<Row>(keyColumns), ...rules.table].map((make) => make());
  const rowRules = compileRowRules(rules.row);
  const keep = options.keepRows || rules.deferred.length > 0;
  // Kept up to a cap and counted past it: a file of a million bad rows costs a few counters.
  const inputs = new ProblemSink();
  const rows: KeptRow<Row>[] = [];
  let infos: Map<string, ColumnInfo> | undefined;
  let ordered: ColumnInfo[] = [];
  let decimalColumns: ColumnInfo[] = [];
  let fastRead: ReturnType<typeof compileRowReader> = () => undefined;
  let at: RowContext | undefined;
  let headerLength = 0;
  let headerCells: readonly string[] = [];
  let sawHeader = false;
  let stopped = false;
  let rowCount = 0;
  let currentCells: readonly string[] = [];

  let readFailures = 0;
  let fileFailed = false;
  const onFailure = (failure: ReadFailure) => {
    readFailures++;
    if (failure.code.startsWith('file/')) fileFailed = true;
    // A reading failure knows the cell's position; its column is named by the file's header.
    const column = 'column_number' in failure ? headerCells[failure.column_number - 1] : undefined;
    inputs.push({ ...failure, column });
  };

  await readCsv(
    bytes,
    ({ line, cells }) => {
      if (stopped) return;
      if (!sawHeader) {
        sawHeader = true;
        // The header row itself could not be read (its failure is reported): no row can be checked.
        if (line !== 1) {
          stopped = true;
          return;
        }
        const delimiter = wrongDelimiter(cells);
        if (delimiter) {
          inputs.push({ code: delimiter, line });
          stopped = true;
          return;
        }
        const header = checkHeader(cells, names);
        inputs.addAll(header.problems);
        if (!header.usable) stopped = true;
        infos = columnInfos(columns, header.positions);
        ordered = [...infos.values()];
        decimalColumns = ordered.filter((c) => c.meta.type === 'number' && c.position >= 0);
        fastRead = compileRowReader(ordered);
        at = rowContext(line, options.refs, infos, inputs, () => currentCells);
        headerLength = cells.length;
        headerCells = cells;
        return;
      }
      if (isBlank(cells)) {
        inputs.push({ code: 'row/empty', line });
        return;
      }
      rowCount++;
      if (cells.length !== headerLength) {
        inputs.push({
          code: 'row/field-count',
          line,
          found: cells.length,
          expectedCount: headerLength,
        });
        return;
      }
      // readRow only pushes onto its list (cells.ts types it as an array).
      const sink = inputs as unknown as ProblemInput[];
      const row = (fastRead(cells) ?? readRow(cells, ordered, line, sink)) as Row | undefined;
      if (row === undefined) return;
      at!.line = line;
      currentCells = cells;
      rowRules(row, at!);
      for (const check of tableChecks) {
        const problem = check.add(row, line, options.refs);
        if (problem) inputs.push(problem);
      }
      options.onValidRow?.(row);
      if (options.keepRows)
        rows.push({ line, row, decimals: decimalsWritten(cells, decimalColumns) });
      else if (keep) rows.push({ line, row });
    },
    onFailure,
  );

  if (!sawHeader && readFailures === 0) inputs.push({ code: 'file/empty' });
  // A row left out for a quoting slip is its own problem; a failure of the whole file is not.
  const complete = sawHeader && !stopped && !fileFailed;
  if (infos) {
    // Whole-table rules (e.g. parents in areas.csv) would misreport rows that were never read.
    const deferred = rowContext(0, options.refs, infos, inputs);
    for (const { line, row } of complete ? rows : []) {
      deferred.line = line;
      for (const rule of rules.deferred) rule(row, deferred);
    }
    for (const check of tableChecks) inputs.addAll(check.finish());
    for (const input of inputs.kept) {
      if (input.column && input.column_number == null) {
        const info = infos.get(input.column);
        if (info && info.position >= 0) input.column_number = info.position + 1;
      }
    }
  }
  return {
    problems: inputs.problems(file),
    rows: options.keepRows ? rows : [],
    rowCount,
    complete,
  };
}

/** How many decimals each decimal cell of a row was written with, where it has a point. */
function decimalsWritten(cells: readonly string[], columns: readonly ColumnInfo[]) {
  let decimals: Map<string, number> | undefined;
  for (const column of columns) {
    const raw = (cells[column.position] ?? '').trim();
    const point = raw.indexOf('.');
    if (point !== -1) (decimals ??= new Map()).set(column.name, raw.length - point - 1);
  }
  return decimals;
}

const NON_SPACE = /\S/;

/** A header read as one cell because Excel separated the columns by semicolons or tabs. */
function wrongDelimiter(
  cells: readonly string[],
): 'file/delimiter' | 'file/tab-delimited' | undefined {
  if (cells.length !== 1) return undefined;
  if (cells[0]?.includes('\t')) return 'file/tab-delimited';
  if (cells[0]?.includes(';')) return 'file/delimiter';
  return undefined;
}

/** A row of empty or blank cells (Excel leaves ",,,,"-rows after the data). */
function isBlank(cells: readonly string[]): boolean {
  // Most rows start with a visible ASCII character: no regex needed to know they are not blank.
  const first = cells[0]?.charCodeAt(0) ?? 0;
  if (first > 32 && first < 127) return false;
  for (const cell of cells) if (cell.length > 0 && NON_SPACE.test(cell)) return false;
  return true;
}
