/** Small multiples of the districts of one province. */
import { pathTo, type Lang } from '../../i18n/routes.ts';
import { decimalsOf } from '../printedDecimals.ts';
import { t } from '../../i18n/ui.ts';
import { yearPoints } from '../../lib/charts/data/povertyLines.ts';
import {
  renderSmallMultiples,
  smallMultiplesHeight,
  type SmallMultiplesInput,
} from '../../lib/charts/smallMultiples.ts';
import { SIZES, type SizeName } from '../../lib/charts/svg.ts';
import { formatNumber, formatPercent, formatRate } from '../../lib/format/format.ts';
import type { Area } from '../../lib/schemas/areas.ts';
import { areaName } from '../areaName.ts';
import { yearCells, type YearCell } from '../yearCells.ts';
import { chartId } from './chartId.ts';
import { anchoredAt, csvOf, DOMAIN, type ChartSite, type ChartSpec } from './spec.ts';

/** "19,93% (sơ bộ; năm suy ra)": the rate, then its status unless final, then an inferred year. */
function cellText(lang: Lang, cell: YearCell): string {
  const marks = [
    cell.row.status === 'final' ? undefined : t(lang, `status.${cell.row.status}`),
    cell.row.year_basis === 'inferred' ? t(lang, 'figure.yearInferred') : undefined,
  ].filter((m) => m !== undefined);
  const rate = formatRate(lang, cell.value, decimalsOf(cell.row, 'poverty_rate_pct'));
  return marks.length ? `${rate} (${marks.join('; ')})` : rate;
}

export function districtsChart({ data, index }: ChartSite, province: Area): ChartSpec | undefined {
  const districts = index.childrenOf(province.code);
  if (districts.length === 0) return undefined;
  const pointsOf = (code: string) =>
    yearPoints(index.rowsOf(code).poverty, code, 'poverty_rate_pct', DOMAIN);
  const panels = districts.map((a) => ({ area: a, points: pointsOf(a.code) }));
  const reference = pointsOf(province.code);
  const own = province.code === data.province.code;
  const id = chartId.districts(province.code, data.province.code);
  const years = Array.from({ length: DOMAIN[1] - DOMAIN[0] + 1 }, (_, i) => DOMAIN[0] + i);
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
  const input = (lang: Lang, size: SizeName): SmallMultiplesInput => ({
    id: `${id}-${size}`,
    title: title(lang),
    desc: t(lang, 'chart.districtsDesc', { summary: summary(lang) }),
    panels: panels.map((p) => ({ label: p.area.name, points: p.points })),
    reference: { label: t(lang, 'chart.seriesProvince'), points: reference },
    xDomain: DOMAIN,
    formatY: (v) => `${formatNumber(lang, v, 0)}%`,
    noData: t(lang, 'chart.noData'),
  });
  return {
    id,
    kind: 'multiples',
    // The site's own province shows its districts on the areas page; another on its own page.
    home: (lang) =>
      anchoredAt(own ? pathTo(lang, 'areas') : pathTo(lang, 'area', { code: province.code }), id),
    title,
    desc: (lang) => t(lang, 'chart.districtsDesc', { summary: summary(lang) }),
    notes: (lang) => [t(lang, 'chart.unitPercent'), t(lang, 'chart.statusNote')],
    svg: (lang, size) => renderSmallMultiples(input(lang, size), SIZES[size]),
    height: (lang, size) => smallMultiplesHeight(input(lang, size), SIZES[size]),
    table: (lang) => ({
      headers: [t(lang, 'common.area'), ...years.map(String)],
      // Each rate with what the table must not hide: a status other than final, an inferred year.
      rows: panels.map((p) => [
        areaName(p.area, lang),
        ...yearCells(index.povertyYears(p.area.code), 'poverty_rate_pct', years).map((cell) =>
          cell === undefined ? '—' : cellText(lang, cell),
        ),
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
