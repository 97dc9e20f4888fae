/**
 * Nothing lost, nothing silently changed: whenever the validator accepts a data folder, the rows
 * it hands to the site are exactly the rows of each file as read by csv-parse, a strict RFC 4180
 * reader we did not write — on every fixture, and after random quoting slips in the real data.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedDifferences } from '../../../test/helpers/publishedRows.ts';
import { DATASET_NAMES, DATASETS } from '../schemas/datasets.ts';
import { validateDirectory } from './validateDirectory.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FOLDERS = ['data', 'test/fixtures/valid', 'test/fixtures/hostile'];
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

describe('published rows are the rows of the files', () => {
  for (const folder of FOLDERS) {
    it(`${folder}/: valid, and every row published as written`, async () => {
      const dir = join(ROOT, folder);
      const { report, tables } = await validateDirectory(dir, { keepRows: true });
      expect(report.errors).toEqual([]);
      expect(publishedDifferences(dir, tables)).toEqual([]);
      expect(tables.poverty.length + tables.areas.length).toBeGreaterThan(0);
    });
  }

  let work: string;
  const texts = new Map<string, string>();
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'gn-published-'));
    for (const name of DATASET_NAMES) {
      const file = DATASETS[name].file;
      texts.set(file, await readFile(join(ROOT, 'data', file), 'utf8'));
    }
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  // What a hand edit or a stray key leaves: quotes, separators and line ends in odd places, and
  // plain letters (often accepted, so the published rows are compared too).
  const slip = fc.constantFrom(
    ...['"', '""', '" ', ' "', ',', '\n', '\r\n', '\r', '","', '"\n', 'x', 'đ', ' ', '\n\n'],
  );

  it('after random quoting slips in the real data: refused, or published exactly', async () => {
    let accepted = 0;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...DATASET_NAMES.map((n) => DATASETS[n].file)),
        // Where: a line, and a distance back from its end — mostly inside the last cell, a note.
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), slip), { minLength: 1, maxLength: 3 }),
        async (file, slips) => {
          const dir = join(work, String(run++));
          await cp(join(ROOT, 'data'), dir, { recursive: true });
          let text = texts.get(file)!;
          for (const [lineNumber, back, inserted] of slips) {
            const ends = [...text.matchAll(/\n/g)].map((m) => m.index);
            const end = ends[lineNumber % ends.length] ?? text.length;
            const at = Math.max(0, end - back);
            text = text.slice(0, at) + inserted + text.slice(at);
          }
          await writeFile(join(dir, file), text);
          const { report, tables } = await validateDirectory(dir, { keepRows: true });
          if (report.valid) {
            accepted++;
            expect(publishedDifferences(dir, tables)).toEqual([]);
          }
          await rm(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: RUNS },
    );
    // The property must have tried accepted inputs too, or it would prove nothing.
    expect(accepted).toBeGreaterThan(0);
  });
});
