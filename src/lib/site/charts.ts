/**
 * Every chart the site draws, defined once from the data: its title and text alternative in
 * both languages, its SVG at each size, its table, and the CSV of exactly its numbers. Pages
 * show a chart by id; the download endpoints enumerate them all.
 */
import Papa from 'papaparse';
import { excelSafe } from '../data/serialize.ts';
import { PROJECT_LABELS, indicatorLabel, label, subProjectLabel } from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { renderBarChart, type BarGroup } from '../charts/barChart.ts';
import { gapYears, yearPoints } from '../charts/data/povertyLines.ts';
import { renderLineChart, type LinePoint, type LineSeries } from '../charts/lineChart.ts';
import { renderSmallMultiples } from '../charts/smallMultiples.ts';
import { PALETTE, SIZES, type SizeName } from '../charts/svg.ts';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
  qualifierPrefix,
} from '../format/format.ts';
import { PROGRAMME } from '../programme.ts';
import type { Area } from '../schemas/areas.ts';
import { areaName } from './areaName.ts';
import type { SiteData } from './siteData.ts';
import { siteIndex } from './siteIndex.ts';

export interface ChartTable {
  headers: string[];
  rows: string[][];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
}

export interface ChartSpec {
  id: string;
  kind: 'line' | 'bar' | 'multiples';
  title(lang: Lang): string;
  desc(lang: Lang): string;
  notes(lang: Lang): string[];
  svg(lang: Lang, size: SizeName): string;
  table(lang: Lang): ChartTable;
  /** The chart's own numbers, UTF-8 with BOM for spreadsheets. */
  csv(): string;
  sourceIds: string[];
}

const DOMAIN: [number, number] = [PROGRAMME.baselineYear, PROGRAMME.lastYear];

/** A chart's CSV for spreadsheets: BOM, CRLF, and text that Excel would run as a formula neutralised. */
function csvOf(header: string[], rows: (string | number | undefined)[][]): string {
  const cells = rows.map((r) =>
    r.map((v) => (v === undefined ? '' : typeof v === 'string' ? excelSafe(v) : String(v))),
  );
  return `\uFEFF${Papa.unparse([header, ...cells], { newline: '\r\n' })}\r\n`;
}

const statusWord = (lang: Lang, status: string | undefined) =>
  status ? t(lang, `status.${status}` as 'status.final') : '';

function povertyChart(data: SiteData, area: Area): ChartSpec | undefined {
  const index = siteIndex(data);
  const own = index.rowsOf(area.code);
  const rows = own.poverty;
  const rate = yearPoints(rows, area.code, 'poverty_rate_pct', DOMAIN);
  const near = yearPoints(rows, area.code, 'near_poverty_rate_pct', DOMAIN);
  // A district is compared with its own province; a province with nothing.
  const parent = area.level === 'province' ? undefined : index.provinceOf(area.code);
  const province = parent
    ? yearPoints(index.rowsOf(parent.code).poverty, parent.code, 'poverty_rate_pct', DOMAIN)
    : undefined;
  if (![...rate, ...near].some((p) => p.y !== undefined)) return undefined;
  const targets = own.targets.filter((tg) => tg.indicator === 'poverty_rate_pct');
  const name = (lang: Lang) => areaName(area, lang);
  const withTips = (lang: Lang, label: string, points: LinePoint[]) =>
    points.map((p) =>
      p.y === undefined
        ? p
        : {
            ...p,
            tip: `${label}, ${p.x}: ${formatPercent(lang, p.y)}${p.status === 'final' ? '' : ` (${statusWord(lang, p.status)})`}`,
          },
    );
  const series = (lang: Lang): LineSeries[] => {
    const rateLabel = t(lang, 'chart.seriesRate', { area: name(lang) });
    const nearLabel = t(lang, 'chart.seriesNearRate', { area: name(lang) });
    const provinceLabel = t(lang, 'chart.seriesProvince');
    return [
      {
        id: 'rate',
        label: rateLabel,
        color: PALETTE.orange,
        points: withTips(lang, rateLabel, rate),
      },
      ...(near.some((p) => p.y !== undefined)
        ? [
            {
              id: 'near',
              label: nearLabel,
              color: PALETTE.purple,
              dashed: true,
              points: withTips(lang, nearLabel, near),
            },
          ]
        : []),
      ...(province
        ? [
            {
              id: 'province',
              label: provinceLabel,
              color: PALETTE.blue,
              points: withTips(lang, provinceLabel, province),
            },
          ]
        : []),
    ];
  };
  const tableRows = (lang: Lang) =>
    series(lang).flatMap((s) =>
      s.points
        .filter((p) => p.y !== undefined)
        .map((p) => [s.label, String(p.x), formatPercent(lang, p.y!), statusWord(lang, p.status)]),
    );
  const summary = (lang: Lang) =>
    series(lang)
      .map((s) => {
        const known = s.points
          .filter((p) => p.y !== undefined)
          .map(
            (p) =>
              `${p.x}: ${formatPercent(lang, p.y!)}${p.status === 'final' ? '' : ` (${statusWord(lang, p.status)})`}`,
          );
        return `${s.label}: ${known.length ? known.join('; ') : t(lang, 'common.notPublished')}`;
      })
      .join('. ');
  const title = (lang: Lang) =>
    t(lang, 'chart.povertyTitle', { area: name(lang), from: DOMAIN[0], to: DOMAIN[1] });
  const id = `poverty-${area.code}`;
  const sourceIds = [...new Set(rows.map((r) => r.source_id))];
  return {
    id,
    kind: 'line',
    title,
    desc: (lang) => t(lang, 'chart.povertyDesc', { summary: summary(lang) }),
    notes: (lang) => {
      const gaps = gapYears(rate);
      return [
        t(lang, 'chart.unitPercent'),
        t(lang, 'chart.statusNote'),
        ...(gaps.length ? [t(lang, 'chart.gaps', { years: gaps.join(', ') })] : []),
      ];
    },
    svg: (lang, size) =>
      renderLineChart(
        {
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
        },
        SIZES[size],
      ),
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
            .map((p) => ['province_poverty_rate', parent!.code, p.x, p.y, p.status]),
        ],
      ),
    sourceIds,
  };
}

function fundingChart(data: SiteData, area: Area): ChartSpec | undefined {
  const rows = siteIndex(data)
    .rowsOf(area.code)
    .funding.filter(
      (f) => f.allocated_million_vnd !== undefined || f.disbursed_million_vnd !== undefined,
    );
  if (rows.length === 0) return undefined;
  const id = `funding-${area.code}`;
  const groupLabel = (lang: Lang, f: (typeof rows)[number]) =>
    `${label(PROJECT_LABELS, f.project, lang)}${f.sub_project ? ` · ${subProjectLabel(f.sub_project, lang)}` : ''} (${formatPeriod(f.year_from, f.year_to)})`;
  const groups = (lang: Lang): BarGroup[] =>
    rows.map((f) => ({
      label: groupLabel(lang, f),
      qualifier: qualifierPrefix(lang, f.value_qualifier),
      values: { allocated: f.allocated_million_vnd, disbursed: f.disbursed_million_vnd },
    }));
  const title = (lang: Lang) => t(lang, 'chart.fundingTitle', { area: areaName(area, lang) });
  const money = (lang: Lang, f: (typeof rows)[number], v: number | undefined) =>
    v === undefined
      ? t(lang, 'common.notPublished')
      : `${qualifierPrefix(lang, f.value_qualifier)}${formatMoney(lang, v)}`;
  const summary = (lang: Lang) =>
    rows
      .map(
        (f) =>
          `${groupLabel(lang, f)}: ${t(lang, 'funding.allocated')} ${money(lang, f, f.allocated_million_vnd)}, ${t(lang, 'funding.disbursed')} ${money(lang, f, f.disbursed_million_vnd)}`,
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
    title,
    desc: (lang) => t(lang, 'chart.fundingDesc', { summary: summary(lang) }),
    notes: (lang) => [t(lang, 'chart.unitMoney'), t(lang, 'overview.moneyGap')],
    svg: (lang, size) => renderBarChart(input(lang, size), SIZES[size]),
    table: (lang) => ({
      headers: [
        t(lang, 'funding.project'),
        t(lang, 'funding.allocated'),
        t(lang, 'funding.disbursed'),
      ],
      rows: rows.map((f) => [
        groupLabel(lang, f),
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

/** Results that have a target for the same area, indicator and period. */
function outputsChart(data: SiteData, area: Area): ChartSpec | undefined {
  const index = siteIndex(data);
  const pairs = index.rowsOf(area.code).outputs.flatMap((o) => {
    const target = index.targetFor(o);
    return target ? [{ output: o, target }] : [];
  });
  if (pairs.length === 0) return undefined;
  const id = `outputs-${area.code}`;
  const groupLabel = (lang: Lang, p: (typeof pairs)[number]) =>
    `${indicatorLabel(p.output.indicator, lang)} (${formatPeriod(p.output.year_from, p.output.year_to)})`;
  const title = (lang: Lang) => t(lang, 'chart.outputsTitle', { area: areaName(area, lang) });
  const summary = (lang: Lang) =>
    pairs
      .map(
        (p) =>
          `${groupLabel(lang, p)}: ${formatNumber(lang, p.output.value)} / ${formatNumber(lang, p.target.target_value)}`,
      )
      .join('. ');
  return {
    id,
    kind: 'bar',
    title,
    desc: (lang) => t(lang, 'chart.outputsDesc', { summary: summary(lang) }),
    notes: () => [],
    svg: (lang, size) =>
      renderBarChart(
        {
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
        },
        SIZES[size],
      ),
    table: (lang) => ({
      headers: [
        t(lang, 'progress.indicator'),
        t(lang, 'progress.result'),
        t(lang, 'progress.target'),
      ],
      rows: pairs.map((p) => [
        groupLabel(lang, p),
        formatNumber(lang, p.output.value),
        formatNumber(lang, p.target.target_value),
      ]),
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

/**
 * Id of the small multiples of a province's districts. The site's own province (the first one)
 * keeps the id it has always had, so published links stay valid; other provinces get their code.
 */
export function districtsChartId(data: SiteData, provinceCode: string): string {
  return provinceCode === data.province.code
    ? 'districts-poverty'
    : `districts-poverty-${provinceCode}`;
}

function districtsChart(data: SiteData, province: Area): ChartSpec | undefined {
  const index = siteIndex(data);
  const districts = index.childrenOf(province.code);
  if (districts.length === 0) return undefined;
  const pointsOf = (code: string) =>
    yearPoints(index.rowsOf(code).poverty, code, 'poverty_rate_pct', DOMAIN);
  const panels = districts.map((a) => ({ area: a, points: pointsOf(a.code) }));
  const reference = pointsOf(province.code);
  const id = districtsChartId(data, province.code);
  // With several provinces the title says which one; with one it stays as it always was.
  const which = (lang: Lang) => (index.provinces.length > 1 ? `: ${areaName(province, lang)}` : '');
  const title = (lang: Lang) =>
    `${t(lang, 'chart.districtsTitle', { from: DOMAIN[0], to: DOMAIN[1] })}${which(lang)}`;
  const summary = (lang: Lang) =>
    panels
      .map((p) => {
        const known = p.points
          .filter((x) => x.y !== undefined)
          .map((x) => `${x.x}: ${formatPercent(lang, x.y!)}`);
        return `${areaName(p.area, lang)}: ${known.length ? known.join('; ') : t(lang, 'common.notPublished')}`;
      })
      .join('. ');
  return {
    id,
    kind: 'multiples',
    title,
    desc: (lang) => t(lang, 'chart.districtsDesc', { summary: summary(lang) }),
    notes: (lang) => [t(lang, 'chart.unitPercent'), t(lang, 'chart.statusNote')],
    svg: (lang, size) =>
      renderSmallMultiples(
        {
          id: `${id}-${size}`,
          title: title(lang),
          desc: t(lang, 'chart.districtsDesc', { summary: summary(lang) }),
          panels: panels.map((p) => ({ label: p.area.name, points: p.points })),
          reference: { label: t(lang, 'chart.seriesProvince'), points: reference },
          xDomain: DOMAIN,
          formatY: (v) => `${formatNumber(lang, v, 0)}%`,
          noData: t(lang, 'chart.noData'),
        },
        SIZES[size],
      ),
    table: (lang) => ({
      headers: [
        t(lang, 'common.area'),
        ...Array.from({ length: DOMAIN[1] - DOMAIN[0] + 1 }, (_, i) => String(DOMAIN[0] + i)),
      ],
      rows: panels.map((p) => [
        areaName(p.area, lang),
        ...p.points.map((x) => (x.y === undefined ? '—' : formatPercent(lang, x.y))),
      ]),
      numeric: [false, ...panels[0]!.points.map(() => true)],
    }),
    csv: () =>
      csvOf(
        ['area_code', 'area_name', 'year', 'poverty_rate_pct', 'status'],
        panels.flatMap((p) =>
          p.points
            .filter((x) => x.y !== undefined)
            .map((x) => [p.area.code, p.area.name, x.x, x.y, x.status]),
        ),
      ),
    sourceIds: (() => {
      // In file order, as the rows are listed everywhere else.
      const codes = new Set(districts.map((d) => d.code));
      return [
        ...new Set(
          data.tables.poverty.filter((r) => codes.has(r.area_code)).map((r) => r.source_id),
        ),
      ];
    })(),
  };
}

const cache = new WeakMap<SiteData, Map<string, ChartSpec>>();

/** Drawings kept: enough for the few uses of one chart in a row, bounded at national scale. */
const SVG_CACHE_SIZE = 64;

/**
 * A chart is drawn several times in a row (a page measures the wide drawing, then shows it beside
 * the narrow one); the last few drawings are kept so each is computed once, without holding every
 * chart of a national build in memory.
 */
function rememberDrawings(charts: ChartSpec[]): ChartSpec[] {
  const recent = new Map<string, string>();
  return charts.map((chart) => ({
    ...chart,
    svg: (lang: Lang, size: SizeName) => {
      const key = `${chart.id}\u0001${lang}\u0001${size}`;
      let svg = recent.get(key);
      if (svg === undefined) {
        svg = chart.svg(lang, size);
        if (recent.size >= SVG_CACHE_SIZE) recent.delete(recent.keys().next().value!);
      } else recent.delete(key);
      recent.set(key, svg);
      return svg;
    },
  }));
}

/** All charts, by id (memoised per build). */
export function chartsOf(data: SiteData): Map<string, ChartSpec> {
  let charts = cache.get(data);
  if (!charts) {
    const list = [
      ...data.areas.flatMap((area) => [
        povertyChart(data, area),
        fundingChart(data, area),
        outputsChart(data, area),
      ]),
      ...siteIndex(data).provinces.map((province) => districtsChart(data, province)),
    ].filter((c): c is ChartSpec => c !== undefined);
    charts = new Map(rememberDrawings(list).map((c) => [c.id, c]));
    cache.set(data, charts);
  }
  return charts;
}
