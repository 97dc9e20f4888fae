/**
 * Poverty and near-poverty rates of one area over time, against targets and a comparison line: a
 * district's own province, or for a province the whole country (the national household review,
 * the same measure as the province's).
 */
import { pathTo, type Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { gapYears, yearPoints } from '../../lib/charts/data/povertyLines.ts';
import {
  lineChartHeight,
  renderLineChart,
  type LineChartInput,
  type LinePoint,
  type LineSeries,
} from '../../lib/charts/lineChart.ts';
import { decimalsOf } from '../printedDecimals.ts';
import { PALETTE, SIZES, type SizeName } from '../../lib/charts/svg.ts';
import { formatNumber, formatPercent, formatPeriod, formatRate } from '../../lib/format/format.ts';
import type { Area } from '../../lib/schemas/areas.ts';
import { areaName } from '../areaName.ts';
import { seriesOf } from '../../lib/stats/poverty.ts';
import { chartId } from './chartId.ts';
import { anchoredAt, csvOf, DOMAIN, statusWord, type ChartSite, type ChartSpec } from './spec.ts';

/** A chart point's rate as its source printed it (18,50 stays 18,50). */
const printed = (lang: Lang, p: LinePoint, key: string) =>
  formatRate(
    lang,
    p.y!,
    p.row && decimalsOf(p.row, key === 'near' ? 'near_poverty_rate_pct' : 'poverty_rate_pct'),
  );

export function povertyChart({ data, index }: ChartSite, area: Area): ChartSpec | undefined {
  const own = index.rowsOf(area.code);
  const rows = own.poverty;
  const rate = yearPoints(rows, area.code, 'poverty_rate_pct', DOMAIN);
  const near = yearPoints(rows, area.code, 'near_poverty_rate_pct', DOMAIN);
  // A district is compared with its own province; a province with the whole country, if known.
  const parent = area.level === 'province' ? data.country : index.provinceOf(area.code);
  const province = parent
    ? yearPoints(index.rowsOf(parent.code).poverty, parent.code, 'poverty_rate_pct', DOMAIN)
    : undefined;
  const national = parent?.level === 'country';
  if (![...rate, ...near].some((p) => p.y !== undefined)) return undefined;
  const targets = own.targets.filter((tg) => tg.indicator === 'poverty_rate_pct');
  const name = (lang: Lang) => areaName(area, lang);
  // Years whose plotted figure has an inferred year, per series, so every text says "năm suy ra".
  const inferredOf = (code: string, measure: 'poverty_rate_pct' | 'near_poverty_rate_pct') =>
    new Set(
      seriesOf(index.povertyYears(code), measure)
        .filter((p) => p.row.year_basis === 'inferred')
        .map((p) => p.year),
    );
  const inferred: Record<string, Set<number>> = {
    rate: inferredOf(area.code, 'poverty_rate_pct'),
    near: inferredOf(area.code, 'near_poverty_rate_pct'),
    comparison: parent ? inferredOf(parent.code, 'poverty_rate_pct') : new Set(),
  };
  /** "sơ bộ", "năm suy ra", both or nothing: what a reader must know about one point. */
  const qualifiers = (lang: Lang, key: string, p: LinePoint) =>
    [
      p.status === 'final' ? '' : statusWord(lang, p.status),
      inferred[key]?.has(p.x) ? t(lang, 'figure.yearInferred') : '',
    ].filter(Boolean);
  const bracket = (parts: string[]) => (parts.length ? ` (${parts.join(', ')})` : '');
  const withTips = (lang: Lang, key: string, label: string, points: LinePoint[]) =>
    points.map((p) =>
      p.y === undefined
        ? p
        : {
            ...p,
            tip: `${label}, ${p.x}: ${printed(lang, p, key)}${bracket(qualifiers(lang, key, p))}`,
          },
    );
  const keyOf = (s: LineSeries) => (s.id === 'rate' || s.id === 'near' ? s.id : 'comparison');
  const series = (lang: Lang): LineSeries[] => {
    const rateLabel = t(lang, 'chart.seriesRate', { area: name(lang) });
    const nearLabel = t(lang, 'chart.seriesNearRate', { area: name(lang) });
    const provinceLabel = national
      ? t(lang, 'chart.seriesRate', { area: areaName(parent!, lang) })
      : t(lang, 'chart.seriesProvince');
    return [
      {
        id: 'rate',
        label: rateLabel,
        color: PALETTE.orange,
        points: withTips(lang, 'rate', rateLabel, rate),
      },
      ...(near.some((p) => p.y !== undefined)
        ? [
            {
              id: 'near',
              label: nearLabel,
              color: PALETTE.purple,
              dashed: true,
              points: withTips(lang, 'near', nearLabel, near),
            },
          ]
        : []),
      ...(province
        ? [
            {
              id: national ? 'country' : 'province',
              label: provinceLabel,
              color: PALETTE.blue,
              points: withTips(lang, 'comparison', provinceLabel, province),
            },
          ]
        : []),
    ];
  };
  const tableRows = (lang: Lang) =>
    series(lang).flatMap((s) =>
      s.points
        .filter((p) => p.y !== undefined)
        .map((p) => [
          s.label,
          String(p.x),
          printed(lang, p, keyOf(s)),
          [statusWord(lang, p.status), ...qualifiers(lang, keyOf(s), p).slice(1)].join(', '),
        ]),
    );
  const summary = (lang: Lang) =>
    series(lang)
      .map((s) => {
        // The national line's missing years are said in place: a gap there is not a fall.
        const sayGaps = national && s.id === 'country';
        const known = s.points
          .filter((p) => p.y !== undefined || sayGaps)
          .map((p) =>
            p.y === undefined
              ? `${p.x}: ${t(lang, 'common.notPublished')}`
              : `${p.x}: ${printed(lang, p, keyOf(s))}${bracket(qualifiers(lang, keyOf(s), p))}`,
          );
        return `${s.label}: ${known.length ? known.join('; ') : t(lang, 'common.notPublished')}`;
      })
      .join('. ');
  const title = (lang: Lang) =>
    t(lang, 'chart.povertyTitle', { area: name(lang), from: DOMAIN[0], to: DOMAIN[1] });
  const id = chartId.poverty(area.code);
  const comparisonRows = parent ? index.rowsOf(parent.code).poverty : [];
  const sourceIds = [
    ...new Set(
      [
        ...rows,
        ...(national ? comparisonRows.filter((r) => r.poverty_rate_pct !== undefined) : []),
      ].map((r) => r.source_id),
    ),
  ];
  const input = (lang: Lang, size: SizeName): LineChartInput => ({
    id: `${id}-${size}`,
    title: title(lang),
    desc: t(lang, 'chart.povertyDesc', { summary: summary(lang) }),
    series: series(lang),
    targets: targets.map((tg) => ({
      from: tg.year_from,
      to: tg.year_to,
      value: tg.target_value,
      label: `${t(lang, 'chart.legendTarget')} ${formatPeriod(tg.year_from, tg.year_to)}: ${formatPercent(lang, tg.target_value)}`,
    })),
    xDomain: DOMAIN,
    yLabel: '%',
    formatY: (v) => `${formatNumber(lang, v, 0)}%`,
    legendLabels: {
      final: t(lang, 'chart.legendFinal'),
      preliminary: t(lang, 'chart.legendPreliminary'),
      unspecified: t(lang, 'chart.legendUnspecified'),
      target: t(lang, 'chart.legendTarget'),
    },
  });
  return {
    id,
    kind: 'line',
    home: (lang) => anchoredAt(pathTo(lang, 'area', { code: area.code }), id),
    title,
    desc: (lang) => t(lang, 'chart.povertyDesc', { summary: summary(lang) }),
    notes: (lang) => {
      const gaps = gapYears(rate);
      // The comparison line's own gaps are said too: a missing national year is not a zero.
      const otherGaps = province ? gapYears(province) : [];
      const other = parent && areaName(parent, lang);
      return [
        t(lang, 'chart.unitPercent'),
        t(lang, 'chart.statusNote'),
        ...(gaps.length ? [t(lang, 'chart.gaps', { years: gaps.join(', ') })] : []),
        ...(national ? [t(lang, 'national.measure')] : []),
        ...(otherGaps.length
          ? [t(lang, 'chart.gapsOf', { area: other!, years: otherGaps.join(', ') })]
          : []),
      ];
    },
    svg: (lang, size) => renderLineChart(input(lang, size), SIZES[size]),
    height: (lang, size) => lineChartHeight(input(lang, size), SIZES[size]),
    table: (lang) => ({
      headers: [
        t(lang, 'progress.indicator'),
        t(lang, 'common.year'),
        t(lang, 'common.value'),
        t(lang, 'common.status'),
      ],
      rows: tableRows(lang),
      numeric: [false, false, true, false],
    }),
    csv: () =>
      csvOf(
        ['series', 'area_code', 'year', 'value_pct', 'status'],
        [
          ...rate
            .filter((p) => p.y !== undefined)
            .map((p) => ['poverty_rate', area.code, p.x, p.y, p.status]),
          ...near
            .filter((p) => p.y !== undefined)
            .map((p) => ['near_poverty_rate', area.code, p.x, p.y, p.status]),
          ...(province ?? [])
            .filter((p) => p.y !== undefined)
            .map((p) => [
              national ? 'national_poverty_rate' : 'province_poverty_rate',
              parent!.code,
              p.x,
              p.y,
              p.status,
            ]),
        ],
      ),
    sourceIds,
  };
}
