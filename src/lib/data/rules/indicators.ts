/** Targets: a range runs upwards, and percentages stay within 0–100. */
import { TARGET_INDICATORS, type IndicatorInfo } from '../../schemas/indicators.ts';
import type { Target } from '../../schemas/targets.ts';
import type { RowRule } from './context.ts';

export const targetRange: RowRule<Target> = (row, at) => {
  const info: IndicatorInfo = TARGET_INDICATORS[row.indicator];
  for (const column of ['target_value', 'target_value_max'] as const) {
    const value = row[column];
    if (info.percent && value !== undefined && value > 100) {
      at.cell(column, {
        code: 'rule/percent-indicator',
        value: String(value),
        indicator: row.indicator,
      });
    }
  }
  if (row.target_value_max !== undefined && row.target_value_max < row.target_value) {
    at.cell('target_value_max', {
      code: 'rule/range-order',
      value: String(row.target_value_max),
      lower: row.target_value,
    });
  }
};
