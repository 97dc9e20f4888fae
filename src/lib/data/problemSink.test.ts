import { describe, expect, it } from 'vitest';
import { compareProblems, problemTotal } from './problem.ts';
import { ProblemSink } from './problemSink.ts';

describe('ProblemSink', () => {
  it('keeps the first errors up to the cap and counts the rest by code', () => {
    const sink = new ProblemSink(3);
    for (let line = 2; line < 10; line++) sink.push({ code: 'cell/type', line });
    sink.add({ code: 'ref/unknown-area', line: 10 });
    expect(sink.kept.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(sink.omittedCount).toBe(6);
    const problems = sink.problems('data/x.csv');
    expect(problems.map((p) => [p.code, p.value, p.count, p.severity])).toEqual([
      ['cell/type', null, undefined, 'error'],
      ['cell/type', null, undefined, 'error'],
      ['cell/type', null, undefined, 'error'],
      ['report/omitted', 'cell/type', 5, 'error'],
      ['report/omitted', 'ref/unknown-area', 1, 'error'],
    ]);
    expect(problemTotal(problems)).toBe(9);
  });

  it('gives warnings their own budget, so they never crowd out an error', () => {
    const sink = new ProblemSink(2);
    for (let line = 2; line < 1000; line++) sink.add({ code: 'row/empty', line });
    sink.add({ code: 'cell/range', line: 1000 });
    const problems = sink.problems('f');
    expect(problems.find((p) => p.code === 'cell/range')?.line).toBe(1000);
    expect(problems.find((p) => p.code === 'report/omitted')).toMatchObject({
      value: 'row/empty',
      severity: 'warning',
      count: 996,
    });
  });

  it('says how many more there are in both languages, with each language’s digit grouping', () => {
    const sink = new ProblemSink(1);
    for (let i = 0; i < 1_234_568; i++) sink.add({ code: 'cell/type', line: i + 2 });
    const summary = sink.problems('f').at(-1)!;
    expect(summary.message_vi).toContain('Còn 1.234.567 vấn đề khác mã cell/type');
    expect(summary.message_en).toContain('1,234,567 more problems with code cell/type');
    expect(summary.line).toBeNull();
  });

  it('keeps memory flat: past the cap nothing but a counter grows', () => {
    const sink = new ProblemSink(10);
    for (let i = 0; i < 2_000_000; i++)
      sink.add({ code: 'row/field-count', line: i, found: 1, expectedCount: 2 });
    expect(sink.kept).toHaveLength(10);
    expect(sink.omittedCount).toBe(1_999_990);
  });

  it('sorts a summary after everything listed for its file', () => {
    const sink = new ProblemSink(1);
    sink.add({ code: 'cell/type', line: 5 });
    sink.add({ code: 'cell/type', line: 6 });
    const other = new ProblemSink().problems('a.csv');
    const sorted = [...sink.problems('b.csv'), ...other].sort(compareProblems);
    expect(sorted.map((p) => [p.code, p.line])).toEqual([
      ['cell/type', 5],
      ['report/omitted', null],
    ]);
  });
});
