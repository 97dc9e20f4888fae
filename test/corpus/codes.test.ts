/**
 * Every problem code has at least one case that produces it, in the directory test's BAD table
 * or in the hostile corpus: a code without one is a message nobody has seen rendered, for a rule
 * nobody has shown to fire. The report snapshot (reports.test.ts) then pins each message's text.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { MESSAGES, type ProblemCode } from '../../src/lib/data/messages.ts';
import { BAD } from '../../src/lib/data/validateDirectory.cases.ts';
import type { CorpusCase } from './corpusCase.ts';

/**
 * Codes no input file can produce, each with the reason. Keep this list short and true: the
 * test fails too when one of them gains a case.
 */
const NO_INPUT_CASE: Partial<Record<ProblemCode, string>> = {
  'file/unreadable':
    'an I/O failure after the listing (permissions, a disk error); the tests run as root, who reads everything',
  'file/parse':
    'papaparse errors other than quotes need header mode or a guessed delimiter, and normalize uses neither',
};

const groupsDir = join(import.meta.dirname, 'groups');
const covered = new Set<ProblemCode>(BAD.map((c) => c.code));
for (const file of readdirSync(groupsDir).filter((f) => f.endsWith('.ts'))) {
  const { cases } = (await import(join(groupsDir, file))) as { cases: CorpusCase[] };
  for (const c of cases) {
    const codes =
      c.kind === 'tool'
        ? (c.codes ?? [])
        : c.expect === 'accepted'
          ? []
          : c.expect.map((w) => w.code);
    for (const code of codes) covered.add(code);
  }
}

it('every problem code has a case that produces it', () => {
  const codes = Object.keys(MESSAGES) as ProblemCode[];
  const missing = codes.filter((code) => !covered.has(code) && !(code in NO_INPUT_CASE));
  expect(missing, `codes without a case: ${missing.join(', ')}`).toEqual([]);
});

it('lists as unreachable only codes that still have no case', () => {
  const reached = Object.keys(NO_INPUT_CASE).filter((code) => covered.has(code as ProblemCode));
  expect(reached).toEqual([]);
});
