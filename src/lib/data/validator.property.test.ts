/** A short run of the fuzz properties (`npm run fuzz` runs them long). */
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import {
  fuzzContext,
  mutatedCellProperty,
  normalizeIdempotentProperty,
  randomBytesProperty,
  type FuzzContext,
} from './fuzz/properties.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
let context: FuzzContext;

beforeAll(async () => {
  context = await fuzzContext(join(import.meta.dirname, '..', '..', '..', 'data'));
});

describe('validator properties', () => {
  it('never throws on random bytes, and locates what it reports', async () => {
    await fc.assert(randomBytesProperty(context), { numRuns: RUNS });
  });

  it('never throws when a cell of the real data is replaced, and locates what it reports', async () => {
    await fc.assert(mutatedCellProperty(context), { numRuns: RUNS });
  });

  it('normalises a file to a form that normalising again does not change', () => {
    fc.assert(normalizeIdempotentProperty(context), { numRuns: RUNS });
  });
});
