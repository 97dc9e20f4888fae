import { describe, expect, it } from 'vitest';
import type { Output } from '../schemas/outputs.ts';
import type { Poverty } from '../schemas/poverty.ts';
import type { Target } from '../schemas/targets.ts';
import { judge, scoreTarget, type Qualifier } from './scorecard.ts';

type Case = [
  name: string,
  target: { v: number; q: Qualifier; max?: number },
  result: { v: number; q: Qualifier },
  lowerIsBetter: boolean,
  expected: ReturnType<typeof judge>,
];

const CASES: Case[] = [
  ['exact count above the target', { v: 30, q: 'exact' }, { v: 31, q: 'exact' }, false, 'reached'],
  [
    'exact count equal to the target',
    { v: 30, q: 'exact' },
    { v: 30, q: 'exact' },
    false,
    'reached',
  ],
  [
    'exact count below the target',
    { v: 31, q: 'exact' },
    { v: 25, q: 'exact' },
    false,
    'not_reached',
  ],
  [
    '"more than 80" met by exactly 80: not reached',
    { v: 80, q: 'more_than' },
    { v: 80, q: 'exact' },
    false,
    'not_reached',
  ],
  [
    '"more than 80" met by 80.1',
    { v: 80, q: 'more_than' },
    { v: 80.1, q: 'exact' },
    false,
    'reached',
  ],
  [
    '"more than 80" met by "more than 80"',
    { v: 80, q: 'more_than' },
    { v: 80, q: 'more_than' },
    false,
    'reached',
  ],
  [
    'result "more than 400" below a target of 500 cannot decide',
    { v: 500, q: 'exact' },
    { v: 400, q: 'more_than' },
    false,
    'undetermined',
  ],
  [
    'result "more than 600" above a target of 500',
    { v: 500, q: 'exact' },
    { v: 600, q: 'more_than' },
    false,
    'reached',
  ],
  [
    'result "less than 400" under a target of 500',
    { v: 500, q: 'exact' },
    { v: 400, q: 'less_than' },
    false,
    'not_reached',
  ],
  [
    'result "about 500" against 500: a close call',
    { v: 500, q: 'exact' },
    { v: 500, q: 'about' },
    false,
    'undetermined',
  ],
  [
    'result "about 600" clearly above 500',
    { v: 500, q: 'exact' },
    { v: 600, q: 'about' },
    false,
    'reached',
  ],
  [
    'target "about 500" met by 490: a close call',
    { v: 500, q: 'about' },
    { v: 490, q: 'exact' },
    false,
    'undetermined',
  ],
  [
    'target "about 500" missed by 351',
    { v: 500, q: 'about' },
    { v: 351, q: 'exact' },
    false,
    'not_reached',
  ],
  [
    'range 420–473 missed by 351',
    { v: 420, q: 'exact', max: 473 },
    { v: 351, q: 'exact' },
    false,
    'not_reached',
  ],
  [
    'range 3.55–4 reached at its lower end',
    { v: 3.55, q: 'exact', max: 4 },
    { v: 3.55, q: 'exact' },
    false,
    'reached',
  ],
  [
    'range 2–2.5 points reached by a fall of 2',
    { v: 2, q: 'exact', max: 2.5 },
    { v: 2, q: 'exact' },
    false,
    'reached',
  ],
  [
    'rate target 2.4 %: 2.24 % reaches it',
    { v: 2.4, q: 'exact' },
    { v: 2.24, q: 'exact' },
    true,
    'reached',
  ],
  [
    'rate target 2.2 %: 2.24 % misses it',
    { v: 2.2, q: 'exact' },
    { v: 2.24, q: 'exact' },
    true,
    'not_reached',
  ],
  [
    'rate "below 2 %": exactly 2 % misses it',
    { v: 2, q: 'less_than' },
    { v: 2, q: 'exact' },
    true,
    'not_reached',
  ],
  [
    'rate "below 2 %": 1.9 % reaches it',
    { v: 2, q: 'less_than' },
    { v: 1.9, q: 'exact' },
    true,
    'reached',
  ],
  [
    'rate range 2–2.5 %: 2.5 % reaches it',
    { v: 2, q: 'exact', max: 2.5 },
    { v: 2.5, q: 'exact' },
    true,
    'reached',
  ],
];

describe('judge', () => {
  it.each(CASES)('%s', (_, target, result, lower, expected) => {
    expect(
      judge(
        { target_value: target.v, target_value_max: target.max, value_qualifier: target.q },
        { value: result.v, qualifier: result.q },
        lower,
      ),
    ).toBe(expected);
  });
});

const target = (t: Partial<Target>): Target =>
  ({
    year_from: 2018,
    year_to: 2018,
    area_code: '058',
    indicator: 'poverty_rate_pct',
    value_qualifier: 'exact',
    target_value: 2.4,
    source_id: 'target-src',
    year_basis: 'stated',
    ...t,
  }) as Target;
const rate = (year: number, p: Partial<Poverty>): Poverty =>
  ({
    year,
    area_code: '058',
    status: 'unspecified',
    source_id: `src-${year}`,
    year_basis: 'stated',
    ...p,
  }) as Poverty;
const output = (o: Partial<Output>): Output =>
  ({
    year_from: 2020,
    year_to: 2020,
    area_code: '058',
    indicator: 'housing_support_households',
    value_qualifier: 'exact',
    value: 20,
    source_id: 'out-src',
    year_basis: 'stated',
    ...o,
  }) as Output;

describe('scoreTarget', () => {
  const poverty = [
    rate(2017, { poverty_rate_pct: 2.5, poor_households: 282 }),
    rate(2018, { poverty_rate_pct: 2.24, poor_households: 257 }),
    rate(2019, { poverty_rate_pct: 1.93, status: 'preliminary' }),
    rate(2015, { poverty_rate_pct: 4, year_basis: 'inferred' }),
    rate(2016, { poverty_rate_pct: 3 }),
  ];

  it('sets a rate target beside the rate of the same year', () => {
    const s = scoreTarget(target({}), poverty, []);
    expect(s.verdict).toBe('reached');
    expect(s.result?.value).toBe(2.24);
  });

  it('computes a fall over the year from the two year-end figures, and marks it provisional', () => {
    const s = scoreTarget(
      target({
        indicator: 'poverty_rate_reduction_pp',
        year_from: 2019,
        year_to: 2019,
        target_value: 0.3,
      }),
      poverty,
      [],
    );
    expect(s.result?.value).toBe(0.31);
    expect(s.result?.fall?.from.year).toBe(2018);
    expect(s.result?.provisional).toBe(true);
    expect(s.verdict).toBe('reached');
  });

  it('computes a net fall in poor households', () => {
    const s = scoreTarget(
      target({ indicator: 'poor_households_net_reduction', target_value: 31 }),
      poverty,
      [],
    );
    expect(s.result?.value).toBe(25);
    expect(s.verdict).toBe('not_reached');
  });

  it('does not compute a fall from an inferred year, nor without the year before', () => {
    const inferred = scoreTarget(
      target({
        indicator: 'poverty_rate_reduction_pp',
        year_from: 2016,
        year_to: 2016,
        target_value: 1,
      }),
      poverty,
      [],
    );
    expect(inferred).toMatchObject({ verdict: 'mismatch', why: 'inferred_year' });
    const alone = scoreTarget(
      target({
        indicator: 'poverty_rate_reduction_pp',
        year_from: 2015,
        year_to: 2015,
        target_value: 1,
      }),
      [rate(2015, { poverty_rate_pct: 4 })],
      [],
    );
    expect(alone).toMatchObject({ verdict: 'mismatch', why: 'no_baseline' });
  });

  it('matches an output of the same indicator and period, and says so when only another period exists', () => {
    const housing = target({
      indicator: 'housing_support_households',
      year_from: 2020,
      year_to: 2020,
      target_value: 20,
    });
    expect(scoreTarget(housing, [], [output({ value: 20 })]).verdict).toBe('reached');
    const other = scoreTarget(
      housing,
      [],
      [output({ year_from: 2016, year_to: 2018, value: 828 })],
    );
    expect(other).toMatchObject({ verdict: 'mismatch', why: 'other_period' });
    expect(other.otherPeriods).toHaveLength(1);
    expect(scoreTarget(housing, [], [output({ area_code: '06' })]).verdict).toBe('no_result');
  });

  it('never judges a multi-year target against yearly rates', () => {
    const s = scoreTarget(target({ year_from: 2016, year_to: 2018 }), poverty, []);
    expect(s.verdict).toBe('no_result');
  });

  it('says no result when nothing is published', () => {
    expect(scoreTarget(target({ year_from: 2020, year_to: 2020 }), poverty, []).verdict).toBe(
      'no_result',
    );
  });
});
