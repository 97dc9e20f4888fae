/**
 * Collects one file's problems with bounded memory: the first LIST_CAP errors and the first
 * LIST_CAP warnings are kept in full, every later one is only counted by code. A file with
 * millions of bad rows therefore costs a few counters, not millions of objects, and the report
 * still says exactly how many problems of each kind there are.
 */
import { makeProblem, severityOf, type ProblemInput } from './makeProblem.ts';
import type { Problem, Severity } from './problem.ts';

/** Problems of each severity listed in full per file; past it they are counted by code. */
export const LIST_CAP = 1000;

/** Where rules report problems: a plain array in small tests, a sink in validation. */
export interface ProblemTarget {
  push(...inputs: ProblemInput[]): unknown;
}

interface Omitted {
  code: string;
  severity: Severity;
  count: number;
}

export class ProblemSink implements ProblemTarget {
  /** The problems kept in full, in the order they were reported. */
  readonly kept: ProblemInput[] = [];
  readonly #listed: Record<Severity, number> = { error: 0, warning: 0 };
  /** Keyed by severity and code: codes are a fixed set, so this stays small. */
  readonly #omitted = new Map<string, Omitted>();

  readonly cap: number;

  constructor(cap: number = LIST_CAP) {
    this.cap = cap;
  }

  /** Takes a few problems at once (a spread of a short list); use `addAll` for long ones. */
  push(...inputs: ProblemInput[]): number {
    for (const input of inputs) this.add(input);
    return this.kept.length;
  }

  addAll(inputs: Iterable<ProblemInput>): void {
    for (const input of inputs) this.add(input);
  }

  add(input: ProblemInput): void {
    const severity = severityOf(input);
    if (this.#listed[severity] < this.cap) {
      this.#listed[severity]++;
      this.kept.push(input);
      return;
    }
    const key = `${severity}\u0001${input.code}`;
    const omitted = this.#omitted.get(key);
    if (omitted) omitted.count++;
    else this.#omitted.set(key, { code: input.code, severity, count: 1 });
  }

  /** How many problems were counted but not kept. */
  get omittedCount(): number {
    let n = 0;
    for (const o of this.#omitted.values()) n += o.count;
    return n;
  }

  /** The kept problems, then one `report/omitted` summary per code that went past the cap. */
  problems(file: string): Problem[] {
    const problems = this.kept.map((input) => makeProblem(file, input));
    for (const o of this.#omitted.values()) {
      problems.push(
        makeProblem(file, {
          code: 'report/omitted',
          value: o.code,
          omitted: o.count,
          cap: this.cap,
          count: o.count,
          severity: o.severity,
        }),
      );
    }
    return problems;
  }
}
