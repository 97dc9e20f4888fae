/** Results that have a target for the same area, indicator and period (bullet bars). */
import { indicatorLabel } from '../../i18n/labels.ts';
import { pathTo, type Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { barChartHeight, renderBarChart, type BarChartInput } from '../../lib/charts/barChart.ts';
import { PALETTE, SIZES, type SizeName } from '../../lib/charts/svg.ts';
import {
  formatExact,
  formatNumber,
  formatPeriod,
  qualifierPrefix,
} from '../../lib/format/format.ts';
import type { Area } from '../../lib/schemas/areas.ts';
import { areaName } from '../areaName.ts';
import { chartId } from './chartId.ts';
import { anchoredAt, csvOf, type ChartSite, type ChartSpec } from './spec.ts';

export function outputsChart({ index }: ChartSite, area: Area): ChartSpec | undefined {
  const pairs = index.rowsOf(area.code).outputs.flatMap((o) => {
    const target = index.targetFor(o);
    return target ? [{ output: o, target }] : [];
  });
  if (pairs.length === 0) return undefined;
  const id = chartId.outputs(area.code);
  const groupLabel = (lang: Lang, p: (typeof pairs)[number]) =>
    `${indicatorLabel(p.output.indicator, lang)} (${formatPeriod(p.output.year_from, p.output.year_to)})`;
  // The table names an inferred period as such; the drawing keeps its labels short.
  const tableLabel = (lang: Lang, p: (typeof pairs)[number]) =>
    p.output.year_basis === 'inferred'
      ? `${groupLabel(lang, p)} (${t(lang, 'figure.yearInferred')})`
      : groupLabel(lang, p);
  // Published figures exactly, with the source's "hơn", "khoảng", "dưới" and a target's range.
  const result = (lang: Lang, p: (typeof pairs)[number]) =>
    `${qualifierPrefix(lang, p.output.value_qualifier)}${formatExact(lang, p.output.value)}`;
  const target = (lang: Lang, p: (typeof pairs)[number]) =>
    `${qualifierPrefix(lang, p.target.value_qualifier)}${formatExact(lang, p.target.target_value)}${
      p.target.target_value_max === undefined
        ? ''
        : `–${formatExact(lang, p.target.target_value_max)}`
    }`;
  const title = (lang: Lang) => t(lang, 'chart.outputsTitle', { area: areaName(area, lang) });
  const summary = (lang: Lang) =>
    pairs.map((p) => `${tableLabel(lang, p)}: ${result(lang, p)} / ${target(lang, p)}`).join('. ');
  const input = (lang: Lang, size: SizeName): BarChartInput => ({
    id: `${id}-${size}`,
    title: title(lang),
    desc: t(lang, 'chart.outputsDesc', { summary: summary(lang) }),
    measures: [{ key: 'result', label: t(lang, 'progress.result'), color: PALETTE.blue }],
    groups: pairs.map((p) => ({
      label: groupLabel(lang, p),
      qualifier: qualifierPrefix(lang, p.output.value_qualifier),
      values: { result: p.output.value },
      target: p.target.target_value,
    })),
    formatValue: (v) => formatNumber(lang, v),
    notPublished: t(lang, 'common.notPublished'),
    targetLabel: t(lang, 'progress.target'),
    scalePerGroup: true,
  });
  return {
    id,
    kind: 'bar',
    home: (lang) => anchoredAt(pathTo(lang, 'area', { code: area.code }), id),
    title,
    desc: (lang) => t(lang, 'chart.outputsDesc', { summary: summary(lang) }),
    notes: () => [],
    svg: (lang, size) => renderBarChart(input(lang, size), SIZES[size]),
    height: (lang, size) => barChartHeight(input(lang, size), SIZES[size]),
    table: (lang) => ({
      headers: [
        t(lang, 'progress.indicator'),
        t(lang, 'progress.result'),
        t(lang, 'progress.target'),
      ],
      rows: pairs.map((p) => [tableLabel(lang, p), result(lang, p), target(lang, p)]),
      numeric: [false, true, true],
    }),
    csv: () =>
      csvOf(
        [
          'area_code',
          'indicator',
          'year_from',
          'year_to',
          'value',
          'target_value',
          'source_id',
          'target_source_id',
        ],
        pairs.map((p) => [
          p.output.area_code,
          p.output.indicator,
          p.output.year_from,
          p.output.year_to,
          p.output.value,
          p.target.target_value,
          p.output.source_id,
          p.target.source_id,
        ]),
      ),
    sourceIds: [...new Set(pairs.flatMap((p) => [p.output.source_id, p.target.source_id]))],
  };
}
