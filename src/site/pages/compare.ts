/**
 * The comparison page: for each map indicator, every area's line drawn at build time (the script
 * shows only the chosen ones), a legend that says which areas publish nothing, and the full
 * area × year table that stands without JavaScript.
 */
import type { Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { gapYears, yearPoints } from '../../lib/charts/data/povertyLines.ts';
import { renderLineChart } from '../../lib/charts/lineChart.ts';
import { SERIES_COLOURS, SIZES, type SizeName } from '../../lib/charts/svg.ts';
import { formatNumber } from '../../lib/format/format.ts';
import { MAP_INDICATORS } from '../../lib/map/mapData.ts';
import { PROGRAMME, REVIEW_YEARS } from '../../lib/programme.ts';
import { areaName } from '../areaName.ts';
import type { Site } from '../loadSite.ts';
import { yearCells } from '../yearCells.ts';

const DOMAIN: [number, number] = [PROGRAMME.baselineYear, PROGRAMME.lastYear];
const NO_LEGEND = { final: '', preliminary: '', unspecified: '', target: '' };

export function comparePage({ data, index }: Site, lang: Lang) {
  const years = [...REVIEW_YEARS];
  const format = (indicator: string, v: number) =>
    indicator.endsWith('_pct') ? `${formatNumber(lang, v)}%` : formatNumber(lang, v);
  return {
    areas: data.areas.map((area) => ({ code: area.code, name: areaName(area, lang) })),
    indicators: MAP_INDICATORS.map((indicator) => ({
      indicator,
      label: t(lang, `mapIndicator.${indicator}`),
    })),
    years,
    charts: MAP_INDICATORS.map((indicator) => {
      const series = data.areas.map((area, n) => ({
        id: area.code,
        label: areaName(area, lang),
        color: SERIES_COLOURS[n % SERIES_COLOURS.length]!,
        points: yearPoints(data.tables.poverty, area.code, indicator, DOMAIN),
      }));
      const title = t(lang, 'compare.chartTitle', {
        indicator: t(lang, `mapIndicator.${indicator}`),
        from: DOMAIN[0],
        to: DOMAIN[1],
      });
      const render = (size: SizeName) =>
        renderLineChart(
          {
            id: `compare-${indicator}-${size}`,
            title,
            desc: title,
            series,
            xDomain: DOMAIN,
            yLabel: '',
            formatY: (v) => format(indicator, v),
            legendLabels: NO_LEGEND,
            hideLegend: true,
          },
          SIZES[size],
        );
      return {
        indicator,
        title,
        narrow: render('narrow'),
        wide: render('wide'),
        legend: series.map((s, n) => ({
          code: s.id,
          label: s.label,
          swatch: `series-${n % 9}`,
          /** No published figure in any year: the legend says so. */
          unpublished: gapYears(s.points).length === years.length,
        })),
        rows: series.map((s) => ({
          code: s.id,
          label: s.label,
          cells: yearCells(index.povertyYears(s.id), indicator, years),
        })),
      };
    }),
  };
}
