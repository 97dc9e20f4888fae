/**
 * Header checks: exact names in the defined order. A name typed with other case, accents or
 * spaces ("Area Code", "Năm") is recognised so the message can say exactly what to write.
 */
import { foldVietnamese } from '../text/fold.ts';
import type { ProblemInput } from './makeProblem.ts';

export interface HeaderResult {
  problems: ProblemInput[];
  /** Position of each expected column in the file's rows; absent when the column is missing. */
  positions: Map<string, number>;
  /** False when columns are missing or unknown: rows cannot be read reliably. */
  usable: boolean;
}

/** Lowercase, no accents (đ → d), runs of spaces or hyphens as "_". */
export function foldColumnName(name: string): string {
  return foldVietnamese(name)
    .toLowerCase()
    .trim()
    .replace(/[\s-]+/g, '_');
}

export function checkHeader(cells: readonly string[], columns: readonly string[]): HeaderResult {
  const problems: ProblemInput[] = [];
  const positions = new Map<string, number>();
  const expected = new Set(columns);
  const byFolded = new Map(columns.map((c) => [foldColumnName(c), c]));
  let unknown = false;

  cells.forEach((cell, index) => {
    const at = { line: 1, column_number: index + 1, value: cell };
    const name = expected.has(cell) ? cell : byFolded.get(foldColumnName(cell));
    if (name === undefined) {
      unknown = true;
      problems.push({ ...at, code: 'header/unknown-column', column: null });
    } else if (positions.has(name)) {
      unknown = true;
      problems.push({ ...at, code: 'header/duplicate-column', column: name });
    } else {
      positions.set(name, index);
      if (name !== cell) problems.push({ ...at, code: 'header/near-match', column: name });
    }
  });

  const missing = columns.filter((c) => !positions.has(c));
  for (const column of missing) problems.push({ code: 'header/missing-column', line: 1, column });

  const inOrder = columns.every((c, i) => positions.get(c) === i);
  if (!unknown && missing.length === 0 && !inOrder) {
    const list = columns.join(', ');
    problems.push({ code: 'header/order', line: 1, expected: { vi: list, en: list } });
  }
  return { problems, positions, usable: !unknown && missing.length === 0 };
}
