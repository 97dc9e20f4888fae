/**
 * A validation problem is plain data, never an exception: where it is, what rule it broke, the
 * value found, what was expected, and a message in Vietnamese and English for people.
 */
import type { ProblemCode, Severity } from './messages.ts';

export type { Severity };

export interface Problem {
  /** Path of the CSV file, as given to the validator (e.g. `data/poverty.csv`). */
  file: string;
  /** 1-based line in the file (the header is line 1); null for a problem with the whole file. */
  line: number | null;
  /** Column name; null when the problem is not about one column. */
  column: string | null;
  /** 1-based column position, for editors and annotations; null when not about one column. */
  column_number: number | null;
  /** Stable code, `scope/rule`, e.g. `cell/type`, `ref/unknown-area`. */
  code: ProblemCode;
  /** The offending value as written, or null. */
  value: string | null;
  /** What was expected, in English (the messages carry it in both languages). */
  expected: string | null;
  message_vi: string;
  message_en: string;
  severity: Severity;
  /**
   * Only on a `report/omitted` summary: how many problems with the code in `value` were counted
   * but not listed, because the file went past the per-file cap.
   */
  count?: number;
}

export interface ValidationReport {
  valid: boolean;
  errors: Problem[];
  warnings: Problem[];
}

/** Splits problems by severity; the data is valid when there is no error. */
export function toReport(problems: readonly Problem[]): ValidationReport {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return { valid: errors.length === 0, errors, warnings };
}

/** How many problems a report stands for: a `report/omitted` summary counts what it hides. */
export function problemTotal(problems: readonly Problem[]): number {
  let total = 0;
  for (const p of problems) total += p.count ?? 1;
  return total;
}

/** A summary of unlisted problems comes after everything listed for its file. */
const lineOrder = (p: Problem) => (p.count !== undefined ? Infinity : (p.line ?? 0));

/** Orders problems by file, then line, then column position, then code. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    lineOrder(a) - lineOrder(b) ||
    (a.column_number ?? 0) - (b.column_number ?? 0) ||
    a.code.localeCompare(b.code)
  );
}

/** Sorts problems in place by `compareProblems`, for stable output. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(compareProblems);
}
