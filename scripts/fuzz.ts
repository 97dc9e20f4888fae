/**
 * npm run fuzz [-- --runs N] [-- --seed S]: a long run of the validator's fuzz properties on the
 * real data (random bytes, random cell edits, normaliser idempotence). Prints the cases run and
 * any counterexample; exit 1 if one is found.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import {
  fuzzContext,
  mutatedCellProperty,
  normalizeIdempotentProperty,
  randomBytesProperty,
} from '../src/lib/data/fuzz/properties.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20000' }, seed: { type: 'string' } },
});
const numRuns = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const context = await fuzzContext(process.env.DATA_DIR ?? 'data');
const properties = {
  'random bytes': randomBytesProperty(context),
  'cell edits of the real data': mutatedCellProperty(context),
  'normaliser idempotence': normalizeIdempotentProperty(context),
};

let findings = 0;
process.stdout.write(`Fuzzing with seed ${seed}, ${numRuns} cases per property\n`);
for (const [name, property] of Object.entries(properties)) {
  const started = performance.now();
  const result = await fc.check(property as fc.IAsyncProperty<unknown[]>, { numRuns, seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.failed) {
    findings++;
    process.stdout.write(`FINDING ${name}: ${fc.defaultReportMessage(result)}\n`);
  } else {
    process.stdout.write(`ok ${name}: ${result.numRuns} cases in ${seconds} s\n`);
  }
}
process.stdout.write(`${findings} findings\n`);
process.exitCode = findings ? 1 : 0;
