/**
 * The fast validator against the reference path it replaced (validateFileReference: the old
 * ASCII-only fast reader and the one-string-per-row key index): the same problems, rows and
 * counts over the BAD table, every fixture-based corpus case, the hostile fixture, and random
 * edits of the valid fixture — Vietnamese text in NFC and NFD, legacy encodings, look-alike and
 * invisible characters, and rows copied or given another row's key (duplicate keys).
 */
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fuzzContext } from '../../src/lib/data/fuzz/properties.ts';
import { validateFileReference } from '../../src/lib/data/reference/validateFileReference.ts';
import type { References } from '../../src/lib/data/rules/context.ts';
import { BAD } from '../../src/lib/data/validateDirectory.cases.ts';
import { validateDirectory } from '../../src/lib/data/validateDirectory.ts';
import { validateFile } from '../../src/lib/data/validateFile.ts';
import {
  DATASET_NAMES,
  DATASETS,
  type DatasetDefinition,
  type DatasetName,
} from '../../src/lib/schemas/datasets.ts';
import { fixtureDir, VALID_FIXTURE, type Edit } from '../helpers/fixtureDir.ts';
import type { CorpusCase } from './corpusCase.ts';

interface Run {
  name: string;
  edits: Record<string, Edit>;
  setup?: (dir: string) => Promise<void>;
  base?: string;
}

const runs: Run[] = BAD.map((c) => ({ name: `bad-table ${c.rule}`, edits: { [c.file]: c.edit } }));
runs.push({ name: 'hostile fixture', edits: {}, base: join(VALID_FIXTURE, '..', 'hostile') });
const groupsDir = join(import.meta.dirname, 'groups');
for (const file of readdirSync(groupsDir).filter((f) => f.endsWith('.ts'))) {
  const { cases } = (await import(join(groupsDir, file))) as { cases: CorpusCase[] };
  for (const c of cases) {
    if (c.kind === 'validate' && !c.realData)
      runs.push({ name: `${file} ${c.name}`, edits: c.edits ?? {}, setup: c.setup });
  }
}

describe('fast and reference validators agree on the corpus', () => {
  it.each(runs.map((r) => [r.name, r] as const))('%s', async (_name, run) => {
    const dir = await fixtureDir(run.edits, run.base);
    try {
      await run.setup?.(dir);
      const options = { displayDir: 'data', keepRows: true };
      const fast = await validateDirectory(dir, options);
      const reference = await validateDirectory(dir, {
        ...options,
        validate: validateFileReference,
      });
      expect(fast).toEqual(reference);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

const vietnamese = ['Hà Giang', 'Đắk Lắk', 'Bắc Kạn', 'còn 12 hộ nghèo', 'Thừa Thiên Huế'];
const cellValue = fc.oneof(
  fc.constantFrom(...vietnamese),
  fc.constantFrom(...vietnamese).map((s) => s.normalize('NFD')),
  fc.constantFrom(
    'B¾c K¹n', // TCVN3 read as Unicode
    'Baéc Kaïn', // VNI read as Unicode
    'Ω \u2126 \u212b', // singletons that NFC replaces
    '\u1100\u1161', // Hangul jamo that NFC composes
    'a\u0301\u0323',
    '\u0301',
    '😀 ngày',
    '\u2000em quad',
    '“trích” – …',
    'Hà\u200bGiang',
    ' Hà Giang',
    'Hà Giang\u00a0',
    '\ufeffHà',
    '€ 5',
    '',
    '058',
    '2019',
    '1.234',
    '"',
  ),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

/** One edit of a parsed table: set a cell, copy a cell from another row, or copy a row. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), row: fc.nat(), col: fc.nat(), value: cellValue }),
  fc.record({
    kind: fc.constant('copyCell' as const),
    row: fc.nat(),
    col: fc.nat(),
    from: fc.nat(),
  }),
  fc.record({ kind: fc.constant('copyRow' as const), row: fc.nat(), from: fc.nat() }),
);

type EditOp = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/** Raw text spliced into the file, past any quoting: the reader's slips and line ends. */
const rawSplice = fc.record({
  at: fc.nat(),
  text: fc.oneof(
    fc.constantFrom('"', '""', '","', ',', '\n', '\r\n', '\r', 'a"b', '"x"y', '\n"'),
    fc.string({ maxLength: 4 }),
  ),
});

/** Splits the bytes into chunks of random sizes, so cells and line ends straddle chunks. */
async function* chunked(bytes: Uint8Array, sizes: number[]) {
  let at = 0;
  for (const size of sizes) {
    if (at >= bytes.length) return;
    yield bytes.subarray(at, at + size);
    at += size;
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

function applyEdits(
  text: string,
  ops: EditOp[],
  splices: { at: number; text: string }[],
): Uint8Array {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const n = rows.length - 1;
  for (const op of ops) {
    if (n < 1) break;
    const target = rows[1 + (op.row % n)]!;
    if (op.kind === 'set') target[op.col % target.length] = op.value;
    else if (op.kind === 'copyCell') {
      const col = op.col % target.length;
      target[col] = rows[1 + (op.from % n)]![col]!;
    } else rows.splice(1 + (op.row % n), 0, [...rows[1 + (op.from % n)]!]);
  }
  let out = `${Papa.unparse(rows, { newline: '\n' })}\n`;
  for (const { at, text: t } of splices) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + t + out.slice(i);
  }
  return new TextEncoder().encode(out);
}

describe('fast and reference validators agree on random edits', () => {
  it('reports the same problems and rows', async () => {
    const context = await fuzzContext(VALID_FIXTURE);
    const texts = context.texts;
    // A fresh copy for each validation, so neither path can see what the other did to them.
    const refs = (): References => ({
      areas: new Map(context.refs.areas),
      sources: new Map(context.refs.sources),
    });
    let duplicates = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...DATASET_NAMES),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        fc.array(rawSplice, { maxLength: 2 }),
        fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 6 }),
        async (name, ops, splices, sizes) => {
          const dataset = DATASETS[name] as DatasetDefinition & { name: DatasetName };
          const bytes = applyEdits(texts.get(name)!, ops, splices);
          const file = `data/${dataset.file}`;
          const fast = await validateFile(dataset, file, chunked(bytes, sizes), {
            refs: refs(),
            keepRows: true,
          });
          const reference = await validateFileReference(dataset, file, chunked(bytes, sizes), {
            refs: refs(),
            keepRows: true,
          });
          if (fast.problems.some((p) => p.code === 'row/duplicate-key')) duplicates++;
          // The written decimals are new beside the old path's rows; everything else must agree.
          const rows = fast.rows.map(({ line, row }) => ({ line, row }));
          expect({ ...fast, rows }).toEqual(reference);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
    // The edits must reach the key index, or this would prove little about it.
    expect(duplicates).toBeGreaterThan(0);
  });
});
