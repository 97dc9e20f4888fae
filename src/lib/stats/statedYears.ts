/**
 * Only the rows whose year the source states, for figures the site computes: a change or a gap
 * should not rest on a year that had to be inferred (audit M6). Years left without a stated row
 * drop out; the rows themselves are still shown elsewhere, labelled "năm suy ra".
 */
import type { YearFigures } from './poverty.ts';

export function statedYears(years: readonly YearFigures[]): YearFigures[] {
  return years.flatMap((y) => {
    const rows = y.rows.filter((r) => r.year_basis === 'stated');
    return rows.length ? [{ year: y.year, headline: rows[0]!, rows }] : [];
  });
}
