/** What row rules receive: where the row is, the columns, and the reference tables. */
import type { ColumnInfo } from '../cells.ts';
import type { ProblemInput } from '../makeProblem.ts';
import type { ProblemTarget } from '../problemSink.ts';

export interface AreaRef {
  level: 'country' | 'province' | 'district' | 'commune';
  parent_code?: string | undefined;
}

export interface SourceRef {
  covers_from?: number | undefined;
  covers_to?: number | undefined;
}

/** Tables every other file refers to; filled as areas.csv and sources.csv are read. */
export interface References {
  areas: Map<string, AreaRef>;
  sources: Map<string, SourceRef>;
  /**
   * Tables that could not be read in full (missing, bad encoding, broken quotes or header): a
   * code absent from them proves nothing, so references to them are not checked one by one.
   */
  unchecked?: Set<'areas' | 'sources'>;
}

export interface RowContext {
  line: number;
  refs: References;
  /** The cell as written in the file (trimmed), e.g. to know how many decimals a source printed. */
  raw(column: string): string;
  /** Reports a problem located at one column of this row. */
  cell(column: string, input: Omit<ProblemInput, 'line' | 'column' | 'column_number'>): void;
  /** Reports a problem about the whole row. */
  row(input: Omit<ProblemInput, 'line'>): void;
}

export type RowRule<T> = (row: T, at: RowContext) => void;

/** One context per file, its `line` moved along the rows (rules run a million times). */
export function rowContext(
  line: number,
  refs: References,
  columns: ReadonlyMap<string, ColumnInfo>,
  problems: ProblemTarget,
  cells: () => readonly string[] = () => [],
): RowContext {
  const context: RowContext = {
    line,
    refs,
    raw(column) {
      const info = columns.get(column);
      const raw = info && info.position >= 0 ? (cells()[info.position] ?? '') : '';
      // Only a cell with a space (or other character ≤ U+0020, or beyond ASCII) at an edge
      // can change when trimmed.
      const a = raw.charCodeAt(0);
      const b = raw.charCodeAt(raw.length - 1);
      return a > 32 && a < 128 && b > 32 && b < 128 ? raw : raw.trim();
    },
    cell(column, input) {
      const info = columns.get(column);
      problems.push({
        expected: info?.expected,
        ...input,
        line: context.line,
        column,
        column_number: info ? info.position + 1 : null,
      });
    },
    row(input) {
      problems.push({ ...input, line: context.line });
    },
  };
  return context;
}
