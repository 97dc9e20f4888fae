/** Money allocated and disbursed in one area, as published. */
import { PROJECT_LABELS, label, subProjectLabel } from '../../i18n/labels.ts';
import { pathTo, type Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { barChartHeight, renderBarChart, type BarGroup } from '../../lib/charts/barChart.ts';
import { PALETTE, SIZES, type SizeName } from '../../lib/charts/svg.ts';
import { formatMoney, formatPeriod, qualifierPrefix } from '../../lib/format/format.ts';
import type { Area } from '../../lib/schemas/areas.ts';
import { areaName } from '../areaName.ts';
import { chartId } from './chartId.ts';
import { anchoredAt, csvOf, type ChartSite, type ChartSpec } from './spec.ts';

/**
 * The units the chart's labels are written in (formatMoney writes whole thousands of millions
 * as billions, other amounts as millions), so the note says what the labels say.
 */
export function unitsOf(lang: Lang, amounts: readonly number[]): string {
  const billion = lang === 'vi' ? / tỷ đồng$/ : / billion$/;
  const kinds = new Set(amounts.map((v) => billion.test(formatMoney(lang, v))));
  return [
    ...(kinds.has(true) ? [t(lang, 'chart.unitBillion')] : []),
    ...(kinds.has(false) ? [t(lang, 'chart.unitMillion')] : []),
  ].join(lang === 'vi' ? ' hoặc ' : ' or ');
}

export function fundingChart({ index }: ChartSite, area: Area): ChartSpec | undefined {
  const rows = index
    .rowsOf(area.code)
    .funding.filter(
      (f) => f.allocated_million_vnd !== undefined || f.disbursed_million_vnd !== undefined,
    );
  if (rows.length === 0) return undefined;
  const id = chartId.funding(area.code);
  const amounts = rows.flatMap((f) =>
    [f.allocated_million_vnd, f.disbursed_million_vnd].filter((v) => v !== undefined),
  );
  const groupLabel = (lang: Lang, f: (typeof rows)[number]) =>
    `${label(PROJECT_LABELS, f.project, lang)}${f.sub_project ? ` · ${subProjectLabel(f.sub_project, lang)}` : ''} (${formatPeriod(f.year_from, f.year_to)})`;
  const groups = (lang: Lang): BarGroup[] =>
    rows.map((f) => ({
      label: groupLabel(lang, f),
      qualifier: qualifierPrefix(lang, f.value_qualifier),
      values: { allocated: f.allocated_million_vnd, disbursed: f.disbursed_million_vnd },
    }));
  // The table names an inferred period as such; the drawing keeps its labels short.
  const tableLabel = (lang: Lang, f: (typeof rows)[number]) =>
    f.year_basis === 'inferred'
      ? `${groupLabel(lang, f)} (${t(lang, 'figure.yearInferred')})`
      : groupLabel(lang, f);
  const title = (lang: Lang) => t(lang, 'chart.fundingTitle', { area: areaName(area, lang) });
  const money = (lang: Lang, f: (typeof rows)[number], v: number | undefined) =>
    v === undefined
      ? t(lang, 'common.notPublished')
      : `${qualifierPrefix(lang, f.value_qualifier)}${formatMoney(lang, v)}`;
  const summary = (lang: Lang) =>
    rows
      .map(
        (f) =>
          `${tableLabel(lang, f)}: ${t(lang, 'funding.allocated')} ${money(lang, f, f.allocated_million_vnd)}, ${t(lang, 'funding.disbursed')} ${money(lang, f, f.disbursed_million_vnd)}`,
      )
      .join('. ');
  const input = (lang: Lang, size: SizeName) => ({
    id: `${id}-${size}`,
    title: title(lang),
    desc: t(lang, 'chart.fundingDesc', { summary: summary(lang) }),
    measures: [
      { key: 'allocated', label: t(lang, 'funding.allocated'), color: PALETTE.sky },
      { key: 'disbursed', label: t(lang, 'funding.disbursed'), color: PALETTE.blue },
    ],
    groups: groups(lang),
    formatValue: (v: number) => formatMoney(lang, v),
    notPublished: t(lang, 'common.notPublished'),
    targetLabel: t(lang, 'chart.legendTarget'),
  });
  return {
    id,
    kind: 'bar',
    home: (lang) => anchoredAt(pathTo(lang, 'area', { code: area.code }), id),
    title,
    desc: (lang) => t(lang, 'chart.fundingDesc', { summary: summary(lang) }),
    notes: (lang) => [
      t(lang, 'chart.unitMoney', { units: unitsOf(lang, amounts) }),
      t(lang, 'overview.moneyGap'),
    ],
    svg: (lang, size) => renderBarChart(input(lang, size), SIZES[size]),
    height: (lang, size) => barChartHeight(input(lang, size), SIZES[size]),
    table: (lang) => ({
      headers: [
        t(lang, 'funding.project'),
        t(lang, 'funding.allocated'),
        t(lang, 'funding.disbursed'),
      ],
      rows: rows.map((f) => [
        tableLabel(lang, f),
        money(lang, f, f.allocated_million_vnd),
        money(lang, f, f.disbursed_million_vnd),
      ]),
      numeric: [false, true, true],
    }),
    csv: () =>
      csvOf(
        [
          'area_code',
          'year_from',
          'year_to',
          'project',
          'sub_project',
          'funding_source',
          'value_qualifier',
          'allocated_million_vnd',
          'disbursed_million_vnd',
          'source_id',
        ],
        rows.map((f) => [
          f.area_code,
          f.year_from,
          f.year_to,
          f.project,
          f.sub_project,
          f.funding_source,
          f.value_qualifier,
          f.allocated_million_vnd,
          f.disbursed_million_vnd,
          f.source_id,
        ]),
      ),
    sourceIds: [...new Set(rows.map((f) => f.source_id))],
  };
}
