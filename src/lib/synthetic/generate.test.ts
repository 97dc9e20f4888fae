import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDirectory } from '../data/validateDirectory.ts';
import {
  generateSynthetic,
  MAX_PROVINCES,
  SYNTHETIC_MARK,
  SYNTHETIC_QUOTE_MARK,
  SYNTHETIC_URL,
} from './generate.ts';
import { mulberry32 } from './prng.ts';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function written(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gn-synthetic-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
  return dir;
}

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43).next()).not.toBe(xs[0]);
  });

  it('draws integers within their bounds, both ends included', () => {
    const rng = mulberry32(7);
    const seen = new Set(Array.from({ length: 2000 }, () => rng.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });
});

describe('generateSynthetic', () => {
  it('gives the same bytes for the same seed, and other bytes for another seed', () => {
    const a = generateSynthetic({ provinces: 3, seed: 5 }).files;
    const b = generateSynthetic({ provinces: 3, seed: 5 }).files;
    const c = generateSynthetic({ provinces: 3, seed: 6 }).files;
    expect(b).toEqual(a);
    expect(c['poverty.csv']).not.toEqual(a['poverty.csv']);
    expect(Object.keys(a).sort()).toEqual(
      [
        'README.md',
        'areas.csv',
        'deprivation.csv',
        'designations.csv',
        'funding.csv',
        'outputs.csv',
        'poverty.csv',
        'sources.csv',
        'targets.csv',
      ].sort(),
    );
  });

  it('reaches national scale at 63 provinces: about 700 districts, six years, every dataset', () => {
    const { tables, provinces, districts } = generateSynthetic({ provinces: 63 });
    expect(provinces).toBe(63);
    expect(districts).toBeGreaterThanOrEqual(650);
    expect(districts).toBeLessThanOrEqual(750);
    expect(tables.areas.filter((a) => a.level === 'province')).toHaveLength(63);
    expect(tables.areas.filter((a) => a.level === 'district')).toHaveLength(districts);
    expect(new Set(tables.poverty.map((r) => r.year))).toEqual(
      new Set([2015, 2016, 2017, 2018, 2019, 2020]),
    );
    for (const [name, rows] of Object.entries(tables)) expect(rows.length, name).toBeGreaterThan(0);
  });

  it('says everywhere that it is synthetic', () => {
    const { tables } = generateSynthetic({ provinces: 2 });
    for (const area of tables.areas) expect(area.name.endsWith(SYNTHETIC_MARK)).toBe(true);
    for (const source of tables.sources) {
      expect(source.title.startsWith('Nguồn giả lập')).toBe(true);
      expect(source.title_en.startsWith('Synthetic source')).toBe(true);
      expect(source.url?.startsWith(SYNTHETIC_URL)).toBe(true);
      expect(source.id.startsWith('synthetic-')).toBe(true);
      expect(source.note_vi).toContain('giả lập');
      expect(source.note_en).toContain('Synthetic');
    }
    const figures = [
      ...tables.poverty,
      ...tables.funding,
      ...tables.outputs,
      ...tables.targets,
      ...tables.deprivation,
    ];
    for (const row of figures) {
      expect(row.source_quote?.endsWith(SYNTHETIC_QUOTE_MARK), row.source_quote).toBe(true);
    }
    for (const row of tables.designations) {
      expect(row.note_vi).toContain('giả lập');
      expect(row.note_en).toContain('Synthetic');
    }
  });

  it('writes every note in both languages, and explains each inferred year', () => {
    const { tables } = generateSynthetic({ provinces: 2 });
    const rows: { note_vi?: string | undefined; note_en?: string | undefined }[] = [
      ...tables.sources,
      ...tables.designations,
      ...tables.poverty,
      ...tables.deprivation,
      ...tables.funding,
      ...tables.outputs,
      ...tables.targets,
    ];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.note_vi === undefined).toBe(row.note_en === undefined);
    const bases = new Set(tables.poverty.map((r) => r.year_basis));
    expect(bases).toEqual(new Set(['stated', 'inferred']));
    for (const row of tables.poverty.filter((r) => r.year_basis === 'inferred')) {
      expect(row.note_vi).toMatch(/^Năm suy ra/);
      expect(row.note_en).toMatch(/^Inferred year/);
    }
    for (const row of [...tables.funding, ...tables.outputs, ...tables.targets]) {
      expect(row.year_basis).toBe('stated');
    }
  });

  it('rejects province counts the codes cannot hold', () => {
    expect(() => generateSynthetic({ provinces: 0 })).toThrow(RangeError);
    expect(() => generateSynthetic({ provinces: MAX_PROVINCES + 1 })).toThrow(RangeError);
    expect(() => generateSynthetic({ provinces: MAX_PROVINCES })).not.toThrow();
  });

  it.each([1, 8, 63])(
    'validates with no error and no warning at %i provinces',
    async (provinces) => {
      const data = generateSynthetic({ provinces, seed: 11 });
      const { report, rowCounts } = await validateDirectory(await written(data.files));
      expect(report.errors).toEqual([]);
      expect(report.warnings).toEqual([]);
      expect(report.valid).toBe(true);
      expect(rowCounts.areas).toBe(provinces + data.districts);
    },
    30_000,
  );
});
