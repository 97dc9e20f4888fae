/** Household counts must fit inside the total and agree with the published rates. */
import type { Poverty } from '../../schemas/poverty.ts';
import type { RowRule } from './context.ts';

type RateColumn = 'poverty_rate_pct' | 'near_poverty_rate_pct';
type CountColumn = 'poor_households' | 'near_poor_households';

const PAIRS: [CountColumn, RateColumn, string][] = [
  ['poor_households', 'poverty_rate_pct', 'poor'],
  ['near_poor_households', 'near_poverty_rate_pct', 'near-poor'],
];

/**
 * The tolerance follows the precision the source printed: a rate given as 19.93 must be within
 * 0.01 of count ÷ total × 100 (sources both round and truncate), one given as 2.5 within 0.1.
 */
export function rateTolerance(printed: string): number {
  const dot = printed.indexOf('.');
  const decimals = dot === -1 ? 0 : printed.length - dot - 1;
  return 10 ** -decimals + 1e-9;
}

export const povertyCounts: RowRule<Poverty> = (row, at) => {
  const total = row.households_total;
  for (let p = 0; p < PAIRS.length; p++) {
    const [countColumn, rateColumn, label] = PAIRS[p]!;
    const count = row[countColumn];
    const rate = row[rateColumn];
    if (total === undefined || count === undefined) continue;
    if (count > total) {
      at.cell(countColumn, {
        code: 'rule/poor-exceeds-total',
        value: String(count),
        total,
        label,
      });
      continue;
    }
    if (rate === undefined || total === 0) continue;
    const computed = (count / total) * 100;
    if (Math.abs(computed - rate) > rateTolerance(at.raw(rateColumn))) {
      at.cell(rateColumn, {
        code: 'rule/rate-mismatch',
        value: String(rate),
        computed: computed.toFixed(2),
      });
    }
  }
  const { poor_households: poor, near_poor_households: nearPoor } = row;
  if (
    total !== undefined &&
    poor !== undefined &&
    nearPoor !== undefined &&
    poor + nearPoor > total
  ) {
    at.cell('near_poor_households', {
      code: 'rule/poor-exceeds-total',
      value: String(poor + nearPoor),
      total,
      label: 'poor + near-poor',
    });
  }
};
