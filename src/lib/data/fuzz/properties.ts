/**
 * The validator's fuzz properties, shared by the quick property test and `npm run fuzz`:
 * whatever bytes or edits arrive, nothing throws, every problem is located, and normalising a
 * file twice changes nothing the second time.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import {
  DATASET_NAMES,
  DATASETS,
  type DatasetDefinition,
  type DatasetName,
} from '../../schemas/datasets.ts';
import { normalizeCsv } from '../normalize.ts';
import type { Problem } from '../problem.ts';
import type { References } from '../rules/context.ts';
import { validateDirectory } from '../validateDirectory.ts';
import { validateFile } from '../validateFile.ts';

export interface FuzzContext {
  refs: References;
  texts: Map<DatasetName, string>;
}

/** Reads a valid data folder once: its reference tables and the text of each file. */
export async function fuzzContext(dataDir: string): Promise<FuzzContext> {
  const { report, tables } = await validateDirectory(dataDir, { keepRows: true });
  if (!report.valid) throw new Error(`${dataDir} must be valid to fuzz from it`);
  const refs: References = {
    areas: new Map(
      tables.areas.map((a) => [a.code, { level: a.level, parent_code: a.parent_code }]),
    ),
    sources: new Map(
      tables.sources.map((s) => [s.id, { covers_from: s.covers_from, covers_to: s.covers_to }]),
    ),
  };
  const texts = new Map<DatasetName, string>();
  for (const name of DATASET_NAMES)
    texts.set(name, await readFile(join(dataDir, DATASETS[name].file), 'utf8'));
  return { refs, texts };
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}

function validate(context: FuzzContext, name: DatasetName, bytes: Uint8Array) {
  const dataset = DATASETS[name] as DatasetDefinition & { name: DatasetName };
  return validateFile(dataset, `data/${dataset.file}`, once(bytes), { refs: context.refs });
}

/** A problem is located when it names its file, and a line unless it is about the whole file. */
export function isLocated(p: Problem): boolean {
  const wholeFile = p.code.startsWith('file/');
  return (
    p.file.length > 0 &&
    (wholeFile || (p.line !== null && p.line >= 1)) &&
    p.message_vi.length > 0 &&
    p.message_en.length > 0
  );
}

function assertLocated(problems: Problem[]): void {
  const bad = problems.find((p) => !isLocated(p));
  if (bad) throw new Error(`unlocated problem: ${JSON.stringify(bad)}`);
}

const datasetName = fc.constantFrom(...DATASET_NAMES);

const cellValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.integer().map(String),
  fc.double({ noNaN: true }).map(String),
  fc.constantFrom(
    '',
    ' ',
    '"',
    ',',
    '\n',
    '\r\n',
    '058',
    '58',
    '1.234',
    '19,93',
    '=1+1',
    'Đ',
    '\uFEFF',
    'B¾c K¹n',
  ),
);

export function randomBytesProperty(context: FuzzContext) {
  return fc.asyncProperty(datasetName, fc.uint8Array({ maxLength: 600 }), async (name, bytes) => {
    assertLocated((await validate(context, name, bytes)).problems);
  });
}

export function mutatedCellProperty(context: FuzzContext) {
  return fc.asyncProperty(
    datasetName,
    fc.nat(),
    fc.nat(),
    cellValue,
    async (name, rowSeed, colSeed, value) => {
      const rows = Papa.parse<string[]>(context.texts.get(name)!, { skipEmptyLines: true }).data;
      if (rows.length < 2) return;
      const row = rows[1 + (rowSeed % (rows.length - 1))]!;
      row[colSeed % row.length] = value;
      const mutated = new TextEncoder().encode(`${Papa.unparse(rows, { newline: '\n' })}\n`);
      const result = await validate(context, name, mutated);
      assertLocated(result.problems);
    },
  );
}

/** Normalising never throws, and a normalised file is already canonical. */
export function normalizeIdempotentProperty(context: FuzzContext) {
  return fc.property(
    datasetName,
    fc.nat(),
    fc.nat(),
    cellValue,
    fc.boolean(),
    (name, rowSeed, colSeed, value, semicolons) => {
      const rows = Papa.parse<string[]>(context.texts.get(name)!, { skipEmptyLines: true }).data;
      if (rows.length >= 2)
        rows[1 + (rowSeed % (rows.length - 1))]![colSeed % rows[0]!.length] = value;
      const text = Papa.unparse(rows, {
        newline: semicolons ? '\r\n' : '\n',
        delimiter: semicolons ? ';' : ',',
      });
      const once = normalizeCsv(text);
      if (!once.ok) return;
      const twice = normalizeCsv(once.text);
      if (!twice.ok || twice.text !== once.text || twice.changes.length > 0) {
        throw new Error(`not idempotent: ${JSON.stringify(twice.ok ? twice.changes : twice)}`);
      }
    },
  );
}
