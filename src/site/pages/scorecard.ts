/**
 * The scorecard's model: every published target beside the published result for the same area,
 * indicator and period (lib/stats/scorecard.ts), as the words and figures a page shows. Used by
 * the scorecard page (all areas) and the section at the end of each area page (one area).
 * Every figure is a published one or arithmetic on published ones, labelled as computed.
 */
import { indicatorLabel, indicatorUnit } from '../../i18n/labels.ts';
import { pathTo, type Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { formatExact, formatPeriod, qualifierPrefix } from '../../lib/format/format.ts';
import type { Area } from '../../lib/schemas/areas.ts';
import { scoreTarget, type Score, type Verdict } from '../../lib/stats/scorecard.ts';
import { areaName } from '../areaName.ts';
import type { Site } from '../loadSite.ts';

export interface ScoreRow {
  indicator: string;
  period: string;
  target: string;
  result: string;
  /** The arithmetic of a computed result, shown with the "computed" label. */
  arithmetic?: string;
  verdict: Verdict;
  verdictText: string;
  /** Why there is no verdict, or what the verdict rests on. */
  notes: string[];
  targetSourceId: string;
  resultSourceIds: string[];
}

export interface ScoreArea {
  code: string;
  name: string;
  href: string;
  rows: ScoreRow[];
  counts: Record<Verdict, number>;
}

const VERDICTS: Verdict[] = ['reached', 'not_reached', 'undetermined', 'mismatch', 'no_result'];

function withUnit(lang: Lang, indicator: string, text: string): string {
  const unit = indicatorUnit(indicator, lang);
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

function rowOf(lang: Lang, s: Score): ScoreRow {
  const { target, result } = s;
  const unitText = (v: number) => withUnit(lang, target.indicator, formatExact(lang, v));
  const targetText = withUnit(
    lang,
    target.indicator,
    `${qualifierPrefix(lang, target.value_qualifier)}${formatExact(lang, target.target_value)}${
      target.target_value_max === undefined ? '' : `–${formatExact(lang, target.target_value_max)}`
    }`,
  );
  const notes: string[] = [];
  if (s.why === 'close_call') notes.push(t(lang, 'scorecard.whyCloseCall'));
  if (s.why === 'inferred_year') notes.push(t(lang, 'scorecard.whyInferred'));
  if (s.why === 'no_baseline')
    notes.push(
      t(lang, 'scorecard.whyNoBaseline', { year: target.year_to, prev: target.year_to - 1 }),
    );
  if (s.why === 'other_period')
    notes.push(
      t(lang, 'scorecard.whyOtherPeriod', {
        results: s.otherPeriods
          .map(
            (o) =>
              `${withUnit(lang, o.indicator, `${qualifierPrefix(lang, o.value_qualifier)}${formatExact(lang, o.value)}`)} (${formatPeriod(o.year_from, o.year_to)})`,
          )
          .join('; '),
        period: formatPeriod(target.year_from, target.year_to),
      }),
    );
  if (result?.provisional) notes.push(t(lang, 'scorecard.provisional'));
  if (target.target_value_max !== undefined && result) notes.push(t(lang, 'scorecard.range'));
  const fall = result?.fall;
  const rateOrCount = (v: number) =>
    target.indicator === 'poverty_rate_reduction_pp'
      ? `${formatExact(lang, v)}%`
      : formatExact(lang, v);
  return {
    indicator: indicatorLabel(target.indicator, lang),
    period: formatPeriod(target.year_from, target.year_to),
    target: targetText,
    result: result
      ? `${qualifierPrefix(lang, result.qualifier)}${unitText(result.value)}`
      : t(lang, 'scorecard.noResultShort'),
    ...(fall && {
      arithmetic: t(lang, 'scorecard.fall', {
        from: rateOrCount(fall.from.value),
        fromYear: fall.from.year,
        to: rateOrCount(fall.to.value),
        toYear: fall.to.year,
        value: unitText(result!.value),
      }),
    }),
    verdict: s.verdict,
    verdictText: t(lang, `scorecard.verdict.${s.verdict}`),
    notes,
    targetSourceId: target.source_id,
    resultSourceIds: [
      ...new Set([...(result?.rows ?? []), ...s.otherPeriods].map((r) => r.source_id)),
    ],
  };
}

/** The scorecard of one area: its targets in file order, each with its verdict. */
export function scorecardOf(site: Pick<Site, 'index'>, area: Area, lang: Lang): ScoreArea {
  const rows = site.index.rowsOf(area.code);
  const scores = rows.targets.map((tg) => scoreTarget(tg, rows.poverty, rows.outputs));
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const s of scores) counts[s.verdict]++;
  return {
    code: area.code,
    name: areaName(area, lang),
    href: pathTo(lang, 'area', { code: area.code }),
    rows: scores.map((s) => rowOf(lang, s)),
    counts,
  };
}

/** The scorecard page: every area with a target, in display order, and the totals. */
export function scorecardPage(site: Pick<Site, 'data' | 'index'>, lang: Lang) {
  const areas = site.data.areas
    .filter((a) => site.index.rowsOf(a.code).targets.length > 0)
    .map((a) => scorecardOf(site, a, lang));
  const totals = Object.fromEntries(
    VERDICTS.map((v) => [v, areas.reduce((sum, a) => sum + a.counts[v], 0)]),
  ) as Record<Verdict, number>;
  const total = VERDICTS.reduce((sum, v) => sum + totals[v], 0);
  return {
    title: t(lang, 'scorecard.title'),
    lead: t(lang, 'scorecard.lead'),
    summary: t(lang, 'scorecard.summary', {
      total,
      reached: totals.reached,
      notReached: totals.not_reached,
      open: totals.undetermined + totals.mismatch,
      none: totals.no_result,
    }),
    areas,
    totals,
  };
}
