/**
 * The hostile corpus: inputs a clumsy or hostile staff member can produce, each with the outcome
 * the project promises — a located error (code, file, line, column) or acceptance with every row
 * published exactly as written. Groups live in `groups/`, one file per kind of input.
 */
import type { ProblemCode } from '../../src/lib/data/messages.ts';
import type { Edit } from '../helpers/fixtureDir.ts';

export type { ProblemCode };

export interface ExpectedProblem {
  code: ProblemCode;
  /** Data file name as in the report, e.g. `poverty.csv` (shown as `data/poverty.csv`). */
  file: string;
  /** 1-based line; omit to accept any line, null for a whole-file problem. */
  line?: number | null;
  column?: string | null;
}

/** A data folder (the valid fixture with edits) run through the validator. */
export interface ValidatorCase {
  kind: 'validate';
  name: string;
  /** Start from the published `data/` folder instead of the small valid fixture. */
  realData?: boolean;
  /** File name → edit of the valid fixture's text (null removes the file). */
  edits?: Record<string, Edit>;
  /** Further changes that need the file system (links, folders, odd names). */
  setup?: (dir: string) => Promise<void>;
  /**
   * 'accepted': valid, and the rows published equal an independent strict reading of each file.
   * Otherwise every listed error must be reported (others may be too).
   */
  expect: 'accepted' | ExpectedProblem[];
  /** Codes that must not appear at all (e.g. a cascade the message should have replaced). */
  absent?: string[];
}

/** A staff tool (normalise, import) run on a prepared folder; `run` throws when it misbehaves. */
export interface ToolCase {
  kind: 'tool';
  name: string;
  run: (dir: string) => Promise<void>;
  /** Problem codes `run` asserts the tool reports (counted by the every-code test). */
  codes?: ProblemCode[];
}

export type CorpusCase = ValidatorCase | ToolCase;
