/** Builds located, bilingual problems for one file. */
import { MESSAGES, type MessageContext, type ProblemCode, type ProblemFacts } from './messages.ts';
import type { Expected } from './expected.ts';
import type { Problem, Severity } from './problem.ts';

export interface ProblemInput extends ProblemFacts {
  code: ProblemCode;
  line?: number | null;
  column?: string | null;
  column_number?: number | null;
  value?: string | null;
  expected?: Expected;
  /** Only for a `report/omitted` summary: the severity of the problems it counts. */
  severity?: Severity;
  /** For a `report/omitted` summary: how many problems it stands for. */
  count?: number;
}

/** The severity each code's message declares (see messages.ts). */
export function severityOf(input: ProblemInput): Severity {
  const declared = MESSAGES[input.code].severity;
  if (declared !== 'of-counted') return declared;
  if (!input.severity) throw new Error(`${input.code} needs the severity of what it counts`);
  return input.severity;
}

export function makeProblem(file: string, input: ProblemInput): Problem {
  const message = MESSAGES[input.code];
  // Codes are typed, but inputs can still come from untyped data (a parser's error object).
  if (!message) throw new Error(`No message for problem code ${input.code}`);
  const { code, line, column, column_number, value, expected, count, ...facts } = input;
  const context: MessageContext = {
    ...facts,
    column,
    value,
    expected_vi: expected?.vi,
    expected_en: expected?.en,
  };
  return {
    file,
    line: line ?? null,
    column: column ?? null,
    column_number: column_number ?? null,
    code,
    value: value ?? null,
    expected: expected?.en ?? null,
    message_vi: message.vi(context),
    message_en: message.en(context),
    severity: severityOf(input),
    ...(count !== undefined && { count }),
  };
}
