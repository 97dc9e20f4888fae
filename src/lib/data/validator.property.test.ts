/**
 * Property tests: whatever bytes or cell edits arrive, the validator never throws, and a file it
 * rejects always comes with at least one located error.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DATASET_NAMES,
  DATASETS,
  type DatasetDefinition,
  type DatasetName,
} from '../schemas/datasets.ts';
import type { Problem } from './problem.ts';
import type { References } from './rules/context.ts';
import { validateDirectory } from './validateDirectory.ts';
import { validateFile } from './validateFile.ts';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
let refs: References;
const texts = new Map<DatasetName, string>();

beforeAll(async () => {
  const { report, tables } = await validateDirectory(DATA, { keepRows: true });
  expect(report.valid).toBe(true);
  refs = {
    areas: new Map(
      tables.areas.map((a) => [a.code, { level: a.level, parent_code: a.parent_code }]),
    ),
    sources: new Map(
      tables.sources.map((s) => [s.id, { covers_from: s.covers_from, covers_to: s.covers_to }]),
    ),
  };
  for (const name of DATASET_NAMES)
    texts.set(name, await readFile(join(DATA, DATASETS[name].file), 'utf8'));
});

async function* once(bytes: Uint8Array) {
  yield bytes;
}

async function validate(name: DatasetName, bytes: Uint8Array) {
  const dataset = DATASETS[name] as DatasetDefinition & { name: DatasetName };
  return validateFile(dataset, `data/${dataset.file}`, once(bytes), { refs });
}

function isLocated(p: Problem): boolean {
  const wholeFile = p.code.startsWith('file/');
  return (
    p.file.length > 0 &&
    (wholeFile || (p.line !== null && p.line >= 1)) &&
    p.message_vi.length > 0 &&
    p.message_en.length > 0
  );
}

function expectSound(problems: Problem[]) {
  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of problems) expect(isLocated(p), JSON.stringify(p)).toBe(true);
  return errors.length === 0 || errors.some(isLocated);
}

const datasetName = fc.constantFrom(...DATASET_NAMES);

describe('validator properties', () => {
  it('never throws on random bytes, and locates what it rejects', async () => {
    await fc.assert(
      fc.asyncProperty(datasetName, fc.uint8Array({ maxLength: 600 }), async (name, bytes) => {
        const result = await validate(name, bytes);
        expect(expectSound(result.problems)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws when a cell of the real data is replaced, and locates what it rejects', async () => {
    const cellValue = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.integer().map(String),
      fc.double({ noNaN: true }).map(String),
      fc.constantFrom('', ' ', '"', ',', '\n', '\r\n', '058', '58', '1.234', '19,93', '=1+1', 'Đ'),
    );
    await fc.assert(
      fc.asyncProperty(
        datasetName,
        fc.nat(),
        fc.nat(),
        cellValue,
        async (name, rowSeed, colSeed, value) => {
          const rows = Papa.parse<string[]>(texts.get(name)!, { skipEmptyLines: true }).data;
          if (rows.length < 2) return;
          const row = rows[1 + (rowSeed % (rows.length - 1))]!;
          row[colSeed % row.length] = value;
          const mutated = new TextEncoder().encode(`${Papa.unparse(rows, { newline: '\n' })}\n`);
          const result = await validate(name, mutated);
          expect(expectSound(result.problems)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
