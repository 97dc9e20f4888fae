import { copyFile, mkdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, replaceLine, validateEdited } from '../../../test/helpers/fixtureDir.ts';
import { problemTotal } from './problem.ts';
import { BAD, latin1 } from './validateDirectory.cases.ts';
import { validateDirectory } from './validateDirectory.ts';

describe('validateDirectory', () => {
  it('accepts the valid fixture with no errors or warnings', async () => {
    const { report, rowCounts } = await validateEdited({});
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(rowCounts.poverty).toBe(4);
  });

  it.each(BAD)('reports $rule as $code at $file:$line', async (c) => {
    const { report } = await validateEdited({ [c.file]: c.edit });
    const problems = c.severity === 'warning' ? report.warnings : report.errors;
    const match = problems.find((p) => p.code === c.code);
    expect(match, JSON.stringify([...report.errors, ...report.warnings], null, 1)).toBeDefined();
    expect(match!.file).toBe(`data/${c.file}`);
    expect(match!.line).toBe(c.line);
    if (c.column) expect(match!.column).toBe(c.column);
    expect(match!.message_vi.length).toBeGreaterThan(10);
    expect(match!.message_en.length).toBeGreaterThan(10);
    expect(report.valid).toBe(c.severity === 'warning');
  });
});

describe('rate tolerance follows the decimals printed', () => {
  it('accepts 12.5 printed as 12.50 only within 0.01, and 12.6 printed as 12.6 within 0.1', async () => {
    const line = (rate: string) =>
      replaceLine(4, `2018,092,final,400,50,40,${rate},10,,,test-report,stated,,,`);
    expect((await validateEdited({ 'poverty.csv': line('12.50') })).report.valid).toBe(true);
    expect((await validateEdited({ 'poverty.csv': line('12.6') })).report.valid).toBe(true);
    const strict = await validateEdited({ 'poverty.csv': line('12.60') });
    expect(strict.report.errors.map((e) => e.code)).toEqual(['rule/rate-mismatch']);
  });
});

describe('boundary files in data/geo', () => {
  const square = (x: number) => [
    [
      [x, 22],
      [x + 0.1, 22],
      [x + 0.1, 22.1],
      [x, 22.1],
      [x, 22],
    ],
  ];
  const geojson = (codes: string[]) =>
    JSON.stringify({
      type: 'FeatureCollection',
      features: codes.map((code, i) => ({
        type: 'Feature',
        properties: { code },
        geometry: { type: 'Polygon', coordinates: square(105 + i / 10) },
      })),
    });

  it('accepts boundaries that match every district', async () => {
    const { report, boundaries } = await validateEdited({
      'geo/areas.geojson': () => geojson(['091', '092']),
    });
    expect(report.errors).toEqual([]);
    expect(boundaries.map((f) => f.properties.code)).toEqual(['091', '092']);
  });

  it('refuses stray codes and unmatched districts, naming the file and feature', async () => {
    const { report } = await validateEdited({ 'geo/areas.geojson': () => geojson(['091', '999']) });
    expect(report.errors.map((e) => [e.file, e.code, e.column ?? e.value])).toEqual([
      ['data/geo/areas.geojson', 'geo/missing-area', '092'],
      ['data/geo/areas.geojson', 'geo/unknown-code', 'features[1].properties.code'],
    ]);
  });

  it('reports a file that is not JSON', async () => {
    const { report } = await validateEdited({ 'geo/areas.geojson': () => '{ nope' });
    expect(report.errors.map((e) => e.code)).toEqual(['geo/json']);
  });
});

describe('areas.csv or sources.csv that cannot be read', () => {
  const errors = (report: { errors: { file: string; code: string; line: number | null }[] }) =>
    report.errors.map((p) => [p.file, p.code, p.line]);

  it('one bad byte in areas.csv: its own error and one ref/unchecked, nothing elsewhere', async () => {
    const { report } = await validateEdited({
      'areas.csv': (t) => latin1(t.replace('Thử Nghiệm', 'Th\u00ecnh')),
    });
    expect(errors(report)).toEqual([
      ['data/areas.csv', 'ref/unchecked', null],
      ['data/areas.csv', 'file/encoding', 2],
    ]);
    const unchecked = report.errors[0]!;
    expect(unchecked.message_en).toContain('areas.csv could not be read in full');
    expect(unchecked.message_vi).toContain('Không đọc được trọn vẹn areas.csv');
  });

  it('a missing sources.csv: one ref/unchecked instead of an error per row', async () => {
    const { report } = await validateEdited({ 'sources.csv': () => null });
    expect(errors(report)).toEqual([
      ['data/sources.csv', 'file/missing', null],
      ['data/sources.csv', 'ref/unchecked', null],
    ]);
  });

  it('a readable areas.csv still reports each unknown code', async () => {
    const { report } = await validateEdited({
      'poverty.csv': (t) => t.replace('2018,092,', '2018,093,'),
    });
    expect(errors(report)).toEqual([['data/poverty.csv', 'ref/unknown-area', 4]]);
  });
});

describe('a file with hundreds of thousands of problems', () => {
  it('lists the first 1,000, counts the other 299,000, and totals them', async () => {
    const bad = '20x0,2020,09,models,exact,5,,test-report,stated,,,\n';
    const { report } = await validateEdited({
      'targets.csv': (t) => `${t.split('\n')[0]}\n${bad.repeat(300_000)}`,
    });
    expect(report.errors).toHaveLength(1001);
    expect(report.errors.slice(0, 1000).every((p) => p.code === 'cell/type')).toBe(true);
    expect(report.errors[999]!.line).toBe(1001);
    expect(report.errors[1000]).toMatchObject({
      file: 'data/targets.csv',
      code: 'report/omitted',
      value: 'cell/type',
      count: 299_000,
      line: null,
    });
    expect(problemTotal(report.errors)).toBe(300_000);
  });
});

describe('what the data folder holds', () => {
  it('a corrected copy saved as "poverty (1).csv" is an error, not ignored', async () => {
    const dir = await fixtureDir();
    try {
      await copyFile(join(dir, 'poverty.csv'), join(dir, 'poverty (1).csv'));
      const { report } = await validateDirectory(dir, { displayDir: 'data' });
      expect(report.errors.map((p) => [p.file, p.code, p.value])).toEqual([
        ['data/poverty (1).csv', 'file/near-name', 'poverty (1).csv'],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('never follows a link to a system file, nor prints a line of it', async () => {
    const dir = await fixtureDir();
    try {
      await rm(join(dir, 'targets.csv'));
      await symlink('/etc/passwd', join(dir, 'targets.csv'));
      const { report } = await validateDirectory(dir, { displayDir: 'data' });
      expect(report.errors.map((p) => [p.file, p.code])).toEqual([
        ['data/targets.csv', 'file/symlink'],
      ]);
      expect(JSON.stringify(report)).not.toMatch(/root:|nologin|\/bin\//);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a folder in place of poverty.csv is named as a folder, not "missing"', async () => {
    const dir = await fixtureDir();
    try {
      await rm(join(dir, 'poverty.csv'));
      await mkdir(join(dir, 'poverty.csv'));
      const { report } = await validateDirectory(dir, { displayDir: 'data' });
      expect(report.errors.map((p) => [p.file, p.code])).toEqual([
        ['data/poverty.csv', 'file/not-a-file'],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
