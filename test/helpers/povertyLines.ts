/**
 * Poverty rows as text, for the staff-tool tests: the columns come from the schema, so the tests
 * follow the dataset as it changes; the last column is free text. Also a vi-VN Excel export
 * (semicolons, CRLF, "1.000", "20,5", padded notes) with what data:normalize must make of it.
 */
import { columnsOf, DATASETS } from '../../src/lib/schemas/datasets.ts';

export const NAMES = columnsOf(DATASETS.poverty).map((c) => c.name);
export const HEADER = NAMES.join(',');
export const LAST = NAMES.at(-1)!;
export const line = (cells: Record<string, string>, delimiter = ',') =>
  NAMES.map((n) => cells[n] ?? '').join(delimiter);
export const FIGURES = {
  year: '2018',
  area_code: '09',
  status: 'final',
  households_total: '1000',
  poor_households: '200',
  near_poor_households: '100',
  poverty_rate_pct: '20',
  near_poverty_rate_pct: '10',
  source_id: 'test-report',
};
/** A row without its last (free-text) cell, which the tests append, with or without a comma. */
export const ROW = line(FIGURES).slice(0, -1);

/** A vi-VN Excel export with many rows, so the change list is longer than a pipe's buffer. */
export function excelExport(rows: number): string {
  const lines = [HEADER.replaceAll(',', ';')];
  for (let i = 0; i < rows; i++) lines.push(line(exported(i), ';'));
  return `${lines.join('\r\n')}\r\n`;
}

/** Row i of excelExport as Excel writes it. */
export const exported = (i: number) => ({
  ...FIGURES,
  year: String(2000 + (i % 20)),
  area_code: '9',
  households_total: '1.000',
  poverty_rate_pct: '20,5',
  [LAST]: ` ghi chú ${i} `,
});

/** Row i of excelExport as data:normalize must write it. */
export const normalized = (i: number) =>
  line({
    ...exported(i),
    area_code: '09',
    households_total: '1000',
    poverty_rate_pct: '20.5',
    [LAST]: `ghi chú ${i}`,
  });
