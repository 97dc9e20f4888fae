/** The machine-readable report: exactly `{ valid, errors, warnings }`. */
import type { ValidationReport } from '../problem.ts';

export function formatJson(report: ValidationReport): string {
  return JSON.stringify(
    { valid: report.valid, errors: report.errors, warnings: report.warnings },
    null,
    2,
  );
}
