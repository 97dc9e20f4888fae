import { describe, expect, it } from 'vitest';
import { checkTargets, formatTable, perPageRatio, type BuildMeasure } from './benchReport.ts';

const build = (label: string, pages: number, seconds: number, synthetic = true): BuildMeasure => ({
  label,
  synthetic,
  areas: pages,
  pages,
  files: pages * 3,
  seconds,
  cpuSeconds: seconds * 0.8,
  steps: [{ name: 'astro', seconds, peakMb: 900 }],
  peakMb: 900,
  distBytes: pages * 50_000,
  searchIndexBytes: pages * 1000,
  searchFetchBytes: 90 * 1024,
  searchFetchRawBytes: 150 * 1024,
  searchIndexFetchBytes: 10 * 1024,
  searchQuery: 'huyen',
});

describe('bench report', () => {
  it('compares the time per page of the largest and the smallest build', () => {
    const builds = [build('small', 100, 10), build('large', 1000, 120), build('mid', 500, 55)];
    expect(perPageRatio(builds)).toBeCloseTo(1.2);
    expect(perPageRatio([builds[0]!])).toBeUndefined();
  });

  it('checks the national targets', () => {
    const checks = checkTargets([build('real', 80, 10, false), build('national', 6000, 240)]);
    // One synthetic build: no synthetic ratio to check.
    expect(checks.map((c) => c.ok)).toEqual([true, true, undefined, true, true, true]);
    const slow = checkTargets([build('real', 80, 10, false), build('national', 6000, 1200)]);
    expect(slow[0]!.ok).toBe(false);
    expect(slow[1]!.ok).toBe(false);
  });

  it('prints one row per build', () => {
    const table = formatTable([build('a', 10, 1), build('b', 20, 2)]);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toContain('| a ');
    expect(table).toContain('pages/s');
  });
});
