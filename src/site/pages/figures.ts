/** Small pieces of text that several page models print the same way. */
import type { Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { formatRate } from '../../lib/format/format.ts';
import type { YearBasis } from '../../lib/schemas/common.ts';
import type { Poverty, ReviewStatus } from '../../lib/schemas/poverty.ts';
import type { Target } from '../../lib/schemas/targets.ts';
import { decimalsOf } from '../printedDecimals.ts';

/** A poverty rate with the decimals its CSV cell was printed with (18.50 stays "18,50%"). */
export function printedRate(lang: Lang, point: { value: number; row: Poverty }): string {
  return formatRate(lang, point.value, decimalsOf(point.row, 'poverty_rate_pct'));
}

/** "end of 2019": the poverty review is counted at the year's end. */
export function endOfYear(lang: Lang, year: number): string {
  return t(lang, 'common.endOfYear', { year });
}

/** A target shaped as an output row, so OutputsTable shows plans and results alike. */
export function asOutputRow(row: Target) {
  return { ...row, value: row.target_value, value_max: row.target_value_max };
}

/** A headline number as KeyFigure shows it (every prop but the language). */
export interface Figure {
  label: string;
  value: string | undefined;
  status?: ReviewStatus;
  yearBasis?: YearBasis;
  sourceIds?: string[];
  computed?: boolean;
  /** What a computed figure compares, or why it rests on these figures. */
  note?: string;
}

/** A published poverty figure as a headline: its value with its status, year basis and source. */
export function publishedFigure(label: string, value: string, row: Poverty): Figure {
  return {
    label,
    value,
    status: row.status,
    yearBasis: row.year_basis,
    sourceIds: [row.source_id],
  };
}
