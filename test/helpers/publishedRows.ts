/**
 * The "nothing lost" invariant, checked from outside: the rows the validator hands to the site
 * must be exactly the rows of each file as a strict RFC 4180 reader sees them (csv-parse, not
 * papaparse nor our own reader) — same count, same order, same cells.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DATASET_NAMES, DATASETS, columnsOf } from '../../src/lib/schemas/datasets.ts';
import type { Tables } from '../../src/lib/data/validateDirectory.ts';

/** Data rows of a CSV file read strictly (header dropped, all-blank rows dropped). */
export function strictRows(path: string): Record<string, string>[] {
  const records = parse(readFileSync(path), {
    bom: true,
    relax_quotes: false,
    relax_column_count: false,
    // Excel's CRLF and hand-edited LF rows, both unambiguous outside quotes.
    record_delimiter: ['\r\n', '\n'],
    skip_empty_lines: true,
  }) as string[][];
  const [header = [], ...body] = records;
  return body
    .filter((cells) => cells.some((c) => c.trim() !== ''))
    .map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

/** Whether a published value is the cell as written (numbers compared as numbers). */
function sameCell(raw: string, value: unknown): boolean {
  if (value === undefined || value === null) return raw === '';
  if (typeof value === 'number') return raw !== '' && Number(raw) === value;
  return String(value) === raw;
}

/** Differences between the published tables and the files in `dir`; empty when faithful. */
export function publishedDifferences(dir: string, tables: Tables): string[] {
  const differences: string[] = [];
  for (const name of DATASET_NAMES) {
    const dataset = DATASETS[name];
    const file = strictRows(join(dir, dataset.file));
    const published = tables[name] as Record<string, unknown>[];
    if (file.length !== published.length) {
      differences.push(
        `${dataset.file}: ${file.length} rows in the file, ${published.length} published`,
      );
      continue;
    }
    file.forEach((row, i) => {
      for (const { name: column } of columnsOf(dataset)) {
        if (!sameCell(row[column] ?? '', published[i]![column])) {
          differences.push(
            `${dataset.file} row ${i + 1} ${column}: file ${JSON.stringify(row[column])}, published ${JSON.stringify(published[i]![column])}`,
          );
        }
      }
    });
  }
  return differences;
}
