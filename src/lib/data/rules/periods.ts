/** Year rules: periods run forwards, and figures stay inside the period their source covers. */
import { PROGRAMME_SPAN } from '../../programme.ts';
import type { RowRule } from './context.ts';

interface Period {
  year_from: number;
  year_to: number;
}

export const periodOrder: RowRule<Period> = (row, at) => {
  if (row.year_from > row.year_to) {
    at.cell('year_to', {
      code: 'rule/period-order',
      value: String(row.year_to),
      from: row.year_from,
    });
  }
};

/**
 * Every year a row refers to must lie in the programme span (baseline 2015 to 2020), or in the
 * wider period its source declares it covers.
 */
export function yearsWithinSource(
  columns: readonly string[],
): RowRule<Record<string, unknown> & { source_id: string }> {
  return (row, at) => {
    const source = at.refs.sources.get(row.source_id);
    if (!source) return;
    const from = source.covers_from ?? PROGRAMME_SPAN.from;
    const to = source.covers_to ?? PROGRAMME_SPAN.to;
    for (const column of columns) {
      const year = row[column];
      if (typeof year === 'number' && (year < from || year > to)) {
        at.cell(column, {
          code: 'rule/year-outside-period',
          value: String(year),
          period: `${from}–${to}`,
        });
      }
    }
  };
}
