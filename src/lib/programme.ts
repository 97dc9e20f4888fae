/**
 * The programme's time frame. It belongs to the national programme, not to a province, so it
 * lives in code; everything about a province (its units, figures and sources) lives in `data/`.
 */
import { formatPeriod } from './format/format.ts';

export const PROGRAMME = {
  /** First year of the 2016–2020 programme. */
  firstYear: 2016,
  /** Last year of the programme. */
  lastYear: 2020,
  /** Year-end review that serves as the baseline (end of 2015, first count on the new standard). */
  baselineYear: 2015,
} as const;

/** The programme's years as written in titles and citations: "2016–2020" (en dash). */
export const PROGRAMME_PERIOD = formatPeriod(PROGRAMME.firstYear, PROGRAMME.lastYear);

/** Years a figure may refer to without its source declaring a wider period. */
export const PROGRAMME_SPAN = { from: PROGRAMME.baselineYear, to: PROGRAMME.lastYear } as const;

/** Every year-end review a figure can belong to: the 2015 baseline and the programme's years. */
export const REVIEW_YEARS: readonly number[] = Array.from(
  { length: PROGRAMME_SPAN.to - PROGRAMME_SPAN.from + 1 },
  (_, i) => PROGRAMME_SPAN.from + i,
);

/** The programme's own years, 2016 to 2020 (no baseline): the columns of the grids by year. */
export const PROGRAMME_YEARS: readonly number[] = Array.from(
  { length: PROGRAMME.lastYear - PROGRAMME.firstYear + 1 },
  (_, i) => PROGRAMME.firstYear + i,
);
