/**
 * Did a target get reached? Each published target is set beside the published result for the
 * same area, indicator and period, and judged only where the two measure the same thing:
 *
 * - `poverty_rate_pct`: the area's poverty rate at the end of the target year (lower is better);
 * - `poverty_rate_reduction_pp`: the fall of that rate over the target year, computed from the
 *   rates at the end of the year before and of the year (both years as the source states them);
 * - `escaped_poverty_households`: households that escaped poverty that year (poverty.csv);
 * - `poor_households_net_reduction`: the fall in poor households over the year, computed;
 * - any other indicator: an output (outputs.csv) with the same indicator and period.
 *
 * Qualifiers and ranges are honoured by treating every figure as the set of values it allows: a
 * result "more than 400" is (400, ∞), "about X" is X ± 5 % (ABOUT); a target "more than 30 %" is
 * reached only by a result strictly above 30, a range 3.55–4 by a result of at least 3.55. A
 * verdict is given only when the whole set of the result lies on one side; otherwise it is
 * `undetermined` (a close call an "about" cannot settle, a bound that does not decide). A result
 * for another period of the same indicator is `mismatch`, said instead of judged. Nothing is
 * estimated: no result means `no_result`.
 */
import type { Output } from '../schemas/outputs.ts';
import type { Poverty } from '../schemas/poverty.ts';
import type { Target } from '../schemas/targets.ts';
import { povertyByYear, seriesOf } from './poverty.ts';

export type Qualifier = 'exact' | 'more_than' | 'about' | 'less_than';
export type Verdict = 'reached' | 'not_reached' | 'undetermined' | 'mismatch' | 'no_result';
export type Why =
  /** The result's set straddles the target: an "about" or a bound that cannot decide. */
  | 'close_call'
  /** A result of the indicator exists, but for another period. */
  | 'other_period'
  /** A computed change would rest on a year the compilers inferred. */
  | 'inferred_year'
  /** Rates for the year, but not for the year before, so no fall can be computed. */
  | 'no_baseline';

/** Relative width of "about": "khoảng 500" allows 475–525. */
export const ABOUT = 0.05;

/** A computed change: `from` minus `to` (a fall), both published figures. */
export interface Fall {
  from: { year: number; value: number; row: Poverty };
  to: { year: number; value: number; row: Poverty };
}

export interface Result {
  value: number;
  qualifier: Qualifier;
  year_from: number;
  year_to: number;
  /** The rows the result was read or computed from (for sources, statuses, years). */
  rows: (Poverty | Output)[];
  /** Set when the result is arithmetic on published figures. */
  fall?: Fall;
  /** Some row is preliminary or of unstated status. */
  provisional: boolean;
}

export interface Score {
  target: Target;
  verdict: Verdict;
  why?: Why;
  result?: Result;
  /** Results of the same indicator for other periods (mismatch), as published. */
  otherPeriods: Output[];
  /** Lower values are better (poverty rate). */
  lowerIsBetter: boolean;
}

interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The values a figure written with a qualifier allows. */
export function allowed(value: number, qualifier: Qualifier): Interval {
  switch (qualifier) {
    case 'more_than':
      return { lo: value, hi: Infinity, loOpen: true, hiOpen: true };
    case 'less_than':
      return { lo: -Infinity, hi: value, loOpen: true, hiOpen: true };
    case 'about':
      return {
        lo: round(value * (1 - ABOUT)),
        hi: round(value * (1 + ABOUT)),
        loOpen: false,
        hiOpen: false,
      };
    default:
      return { lo: value, hi: value, loOpen: false, hiOpen: false };
  }
}

/**
 * Reached, not reached or undetermined, for a target where higher is better: `surely` is the
 * least value that certainly reaches it, `barely` the least that may (they differ for "about").
 */
function judgeHigher(
  result: Interval,
  surely: number,
  barely: number,
  strict: boolean,
): 'reached' | 'not_reached' | 'undetermined' {
  const allReach = strict
    ? result.lo > surely || (result.lo === surely && result.loOpen)
    : result.lo >= surely;
  if (allReach) return 'reached';
  const noneReach = strict
    ? result.hi <= barely
    : result.hi < barely || (result.hi === barely && result.hiOpen);
  return noneReach ? 'not_reached' : 'undetermined';
}

const negate = (i: Interval): Interval => ({
  lo: -i.hi,
  hi: -i.lo,
  loOpen: i.hiOpen,
  hiOpen: i.loOpen,
});

/** Whether a result reaches a target, honouring both qualifiers and a target's range. */
export function judge(
  target: Pick<Target, 'target_value' | 'target_value_max' | 'value_qualifier'>,
  result: { value: number; qualifier: Qualifier },
  lowerIsBetter: boolean,
): 'reached' | 'not_reached' | 'undetermined' {
  const r = allowed(result.value, result.qualifier);
  const q = target.value_qualifier as Qualifier;
  // A range is reached from its nearer end: a fall of 3.55–4 points by 3.55; a rate of 2–2.5 % by 2.5.
  const t =
    target.target_value_max === undefined
      ? target.target_value
      : lowerIsBetter
        ? target.target_value_max
        : target.target_value;
  const a = allowed(t, q);
  if (lowerIsBetter) {
    // Lower is better: judge the negated values, where higher is better.
    const strict = q === 'less_than';
    return judgeHigher(negate(r), -(a.lo === -Infinity ? a.hi : a.lo), -a.hi, strict);
  }
  const strict = q === 'more_than';
  return judgeHigher(r, a.hi === Infinity ? a.lo : a.hi, a.lo, strict);
}

const provisionalRow = (row: Poverty | Output) => 'status' in row && row.status !== 'final';

/** Poverty rates or poor households of an area at the end of each year, best row per year. */
function yearly(poverty: readonly Poverty[], areaCode: string, measure: keyof Poverty) {
  return seriesOf(povertyByYear(poverty, areaCode), measure) as {
    year: number;
    row: Poverty;
    value: number;
  }[];
}

/** The fall of a measure over one year, computed only from years the sources state. */
function fallOver(
  poverty: readonly Poverty[],
  areaCode: string,
  measure: 'poverty_rate_pct' | 'poor_households',
  year: number,
): { result?: Result; why?: Why } {
  const series = yearly(poverty, areaCode, measure);
  const to = series.find((p) => p.year === year);
  const from = series.find((p) => p.year === year - 1);
  if (!to) return {};
  if (!from) return { why: 'no_baseline' };
  if (from.row.year_basis === 'inferred' || to.row.year_basis === 'inferred')
    return { why: 'inferred_year' };
  return {
    result: {
      value: round(from.value - to.value),
      qualifier: 'exact',
      year_from: year,
      year_to: year,
      rows: [from.row, to.row],
      fall: { from, to },
      provisional: [from.row, to.row].some(provisionalRow),
    },
  };
}

/** The published (or computed) result for one target, or why there is none to judge. */
function resultFor(
  target: Target,
  poverty: readonly Poverty[],
  outputs: readonly Output[],
): { result?: Result; why?: Why; otherPeriods: Output[] } {
  const single = target.year_from === target.year_to;
  const year = target.year_to;
  const direct = (measure: 'poverty_rate_pct' | 'escaped_poverty_households') => {
    const point = yearly(poverty, target.area_code, measure).find((p) => p.year === year);
    if (!point || !single) return {};
    if (point.row.year_basis === 'inferred') return { why: 'inferred_year' as const };
    return {
      result: {
        value: point.value,
        qualifier: 'exact' as const,
        year_from: year,
        year_to: year,
        rows: [point.row],
        provisional: provisionalRow(point.row),
      },
    };
  };
  switch (target.indicator) {
    case 'poverty_rate_pct':
      return { ...direct('poverty_rate_pct'), otherPeriods: [] };
    case 'escaped_poverty_households':
      return { ...direct('escaped_poverty_households'), otherPeriods: [] };
    case 'poverty_rate_reduction_pp':
      return single
        ? { ...fallOver(poverty, target.area_code, 'poverty_rate_pct', year), otherPeriods: [] }
        : { otherPeriods: [] };
    case 'poor_households_net_reduction':
      return single
        ? { ...fallOver(poverty, target.area_code, 'poor_households', year), otherPeriods: [] }
        : { otherPeriods: [] };
  }
  const same = outputs.filter(
    (o) => o.area_code === target.area_code && o.indicator === target.indicator,
  );
  const match = same.find((o) => o.year_from === target.year_from && o.year_to === target.year_to);
  const otherPeriods = same.filter((o) => o !== match);
  if (!match) return { otherPeriods, ...(otherPeriods.length ? { why: 'other_period' } : {}) };
  return {
    otherPeriods,
    result: {
      value: match.value,
      qualifier: match.value_qualifier as Qualifier,
      year_from: match.year_from,
      year_to: match.year_to,
      rows: [match],
      provisional: false,
    },
  };
}

/** The score of one target against the rows of its area. */
export function scoreTarget(
  target: Target,
  poverty: readonly Poverty[],
  outputs: readonly Output[],
): Score {
  const lowerIsBetter = target.indicator === 'poverty_rate_pct';
  const { result, why, otherPeriods } = resultFor(target, poverty, outputs);
  const base = { target, otherPeriods, lowerIsBetter };
  if (!result) {
    if (why === 'other_period' || why === 'inferred_year' || why === 'no_baseline')
      return { ...base, verdict: 'mismatch', why };
    return { ...base, verdict: 'no_result' };
  }
  const verdict = judge(target, result, lowerIsBetter);
  return {
    ...base,
    result,
    verdict,
    ...(verdict === 'undetermined' ? { why: 'close_call' as const } : {}),
  };
}
