/**
 * Validates one dataset file as it streams: encoding, header, then each row through the schema
 * and the dataset's rules, then the checks that need the whole table. Never throws on bad data.
 */
import type { z } from 'zod';
import { columnsOf, type DatasetDefinition, type DatasetName } from '../schemas/datasets.ts';
import { columnInfos, parseRow, precheckCell, type ColumnInfo } from './cells.ts';
import { checkHeader } from './header.ts';
import { makeProblem, type ProblemInput } from './makeProblem.ts';
import type { Problem } from './problem.ts';
import { readCsv } from './readCsv.ts';
import { rowContext, type References } from './rules/context.ts';
import { RULES } from './rules/index.ts';
import { uniqueKey } from './rules/tableChecks.ts';

export interface FileValidation<T> {
  problems: Problem[];
  /** Rows that passed the schema, with their lines, when `keepRows` was asked for. */
  rows: { line: number; row: T }[];
  /** Data rows read (header and empty rows excluded). */
  rowCount: number;
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
  const tableChecks = [uniqueKey<Row>(dataset.key), ...rules.table].map((make) => make());
  const keep = options.keepRows || rules.deferred.length > 0;
  const inputs: ProblemInput[] = [];
  const rows: { line: number; row: Row }[] = [];
  let infos: Map<string, ColumnInfo> | undefined;
  let headerLength = 0;
  let sawHeader = false;
  let stopped = false;
  let rowCount = 0;

  const failures = await readCsv(bytes, ({ line, cells }) => {
    if (stopped) return;
    if (!sawHeader) {
      sawHeader = true;
      if (cells.length === 1 && cells[0]?.includes(';')) {
        inputs.push({ code: 'file/delimiter', line });
        stopped = true;
        return;
      }
      const header = checkHeader(cells, names);
      inputs.push(...header.problems);
      if (!header.usable) stopped = true;
      infos = columnInfos(columns, header.positions);
      headerLength = cells.length;
      return;
    }
    if (cells.every((cell) => cell.trim() === '')) {
      inputs.push({ code: 'row/empty', line });
      return;
    }
    rowCount++;
    if (cells.length !== headerLength) {
      inputs.push({ code: 'row/field-count', line, a: cells.length, b: headerLength });
      return;
    }
    const record: Record<string, string> = {};
    for (const info of infos!.values()) {
      const checked = precheckCell(cells[info.position] ?? '', info, line);
      if (checked.problems.length) inputs.push(...checked.problems);
      record[info.name] = checked.text;
    }
    const row = parseRow(dataset.schema, record, infos!, line, inputs);
    if (row === undefined) return;
    const at = rowContext(line, options.refs, infos!, inputs);
    for (const rule of rules.row) rule(row, at);
    for (const check of tableChecks) {
      const problem = check.add(row, line, options.refs);
      if (problem) inputs.push(problem);
    }
    options.onValidRow?.(row);
    if (keep) rows.push({ line, row });
  });

  for (const failure of failures) inputs.push({ code: failure.code, line: failure.line });
  if (!sawHeader && failures.length === 0) inputs.push({ code: 'file/empty' });
  if (infos) {
    for (const { line, row } of rows) {
      const at = rowContext(line, options.refs, infos, inputs);
      for (const rule of rules.deferred) rule(row, at);
    }
    for (const check of tableChecks) inputs.push(...check.finish());
    for (const input of inputs) {
      if (input.column && input.column_number == null) {
        const info = infos.get(input.column);
        if (info && info.position >= 0) input.column_number = info.position + 1;
      }
    }
  }
  return {
    problems: inputs.map((input) => makeProblem(file, input)),
    rows: options.keepRows ? rows : [],
    rowCount,
  };
}
