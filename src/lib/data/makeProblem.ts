/** Builds located, bilingual problems for one file. */
import { MESSAGES, type MessageContext } from './messages.ts';
import type { Expected } from './expected.ts';
import type { Problem, Severity } from './problem.ts';

export interface ProblemInput {
  code: string;
  line?: number | null;
  column?: string | null;
  column_number?: number | null;
  value?: string | null;
  expected?: Expected;
  a?: string | number;
  b?: string | number;
  severity?: Severity;
  /** For a `report/omitted` summary: how many problems it stands for. */
  count?: number;
}

/** Sums against the province and empty rows are worth a look; everything else must be fixed. */
export function severityOf(input: ProblemInput): Severity {
  return (
    input.severity ??
    (input.code.startsWith('sum/') || input.code === 'row/empty' ? 'warning' : 'error')
  );
}

export function makeProblem(file: string, input: ProblemInput): Problem {
  const message = MESSAGES[input.code];
  if (!message) throw new Error(`No message for problem code ${input.code}`);
  const context: MessageContext = {
    column: input.column,
    value: input.value,
    expected_vi: input.expected?.vi,
    expected_en: input.expected?.en,
    a: input.a,
    b: input.b,
  };
  return {
    file,
    line: input.line ?? null,
    column: input.column ?? null,
    column_number: input.column_number ?? null,
    code: input.code,
    value: input.value ?? null,
    expected: input.expected?.en ?? null,
    message_vi: message.vi(context),
    message_en: message.en(context),
    severity: severityOf(input),
    ...(input.count !== undefined && { count: input.count }),
  };
}
