/**
 * The tally of the browser checks. Every check is one test with a page and a rule, so a failure
 * reads "rule · page — what went wrong". A skip is printed with its reason and counted apart: it
 * is neither a pass nor a failure.
 */
export type Outcome = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  group: string;
  rule: string;
  page: string;
  outcome: Outcome;
  details: string[];
}

export class Results {
  readonly all: CheckResult[] = [];

  record(group: string, rule: string, page: string, problems: string[]): CheckResult {
    return this.add({
      group,
      rule,
      page,
      outcome: problems.length ? 'fail' : 'pass',
      details: problems,
    });
  }

  pass(group: string, rule: string, page: string): CheckResult {
    return this.record(group, rule, page, []);
  }

  fail(group: string, rule: string, page: string, problem: string): CheckResult {
    return this.record(group, rule, page, [problem]);
  }

  skip(group: string, rule: string, page: string, reason: string): CheckResult {
    return this.add({ group, rule, page, outcome: 'skip', details: [reason] });
  }

  /** Runs a check that throws on failure; an exception becomes one failure with its message. */
  async attempt(group: string, rule: string, page: string, body: () => Promise<void>) {
    try {
      await body();
      return this.pass(group, rule, page);
    } catch (error) {
      if (error instanceof Skip) return this.skip(group, rule, page, error.message);
      return this.fail(group, rule, page, messageOf(error));
    }
  }

  count(outcome: Outcome, group?: string): number {
    return this.all.filter((r) => r.outcome === outcome && (!group || r.group === group)).length;
  }

  private add(result: CheckResult): CheckResult {
    this.all.push(result);
    const mark = { pass: '✓', fail: '✗', skip: '-' }[result.outcome];
    if (result.outcome === 'pass') {
      if (process.env.GN_VERBOSE)
        process.stdout.write(`  ${mark} ${result.rule} · ${result.page}\n`);
      return result;
    }
    const label = result.outcome === 'skip' ? 'SKIP' : 'FAIL';
    process.stdout.write(`  ${mark} ${label} ${result.rule} · ${result.page}\n`);
    for (const line of result.details.slice(0, 12)) process.stdout.write(`      ${line}\n`);
    if (result.details.length > 12)
      process.stdout.write(`      … and ${result.details.length - 12} more\n`);
    return result;
  }
}

/** Thrown by a check whose page or element does not exist yet. */
export class Skip extends Error {}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n').slice(0, 6).join(' ');
  return String(error);
}

/** Fails the current check with a message when the condition does not hold. */
export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** A plain text table with a header row, right-aligning the columns given. */
export function table(headers: string[], rows: string[][], right: number[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right.includes(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}
