/**
 * The decimal parser flags "80.276" (thousands point or decimal?) behind a cheap test — a point
 * 4th from the end — before the regex in thousandsReading. Over random numerals it must flag
 * exactly what the regex alone, run on every valid short numeral, flags.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { z } from 'zod';
import { CellFailure, fieldRegistry, thousandsReading } from './fields.ts';
import { FundingSchema } from './funding.ts';
import { PovertySchema } from './poverty.ts';

const columns: [string, z.ZodType, number, number][] = [
  ['rate', PovertySchema.shape.poverty_rate_pct, 0, 100],
  ['money', FundingSchema.shape.allocated_million_vnd, 0, Infinity],
];

const numeral = fc
  .tuple(
    fc.constantFrom('', '-'),
    fc.stringMatching(/^\d{1,5}$/),
    fc.option(fc.stringMatching(/^\d{0,5}$/), { nil: undefined }),
  )
  .map(
    ([sign, whole, fraction]) => `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}`,
  );

it.each(columns)('%s: ambiguous exactly where the regex finds a thousands reading', (...c) => {
  const [, schema, minimum, maximum] = c;
  const meta = fieldRegistry.get(schema)!;
  const max = Math.min(maximum, meta.maximum ?? Infinity);
  fc.assert(
    fc.property(numeral, (raw) => {
      const value = meta.parse(raw);
      const code = value instanceof CellFailure ? value.code : undefined;
      if (code !== undefined && code !== 'cell/ambiguous-number') return; // failed before
      const expected = raw.length <= 8 && thousandsReading(raw, minimum, max) !== undefined;
      expect(code === 'cell/ambiguous-number').toBe(expected);
    }),
    { numRuns: 5000 },
  );
});
