/** The grid of what is and is not published: dataset × area × year, with totals per dataset and area. */
import type { Lang } from '../../i18n/routes.ts';
import { translator } from '../../i18n/ui.ts';
import { formatNumber } from '../../lib/format/format.ts';
import { REVIEW_YEARS } from '../../lib/programme.ts';
import { DATASETS } from '../../lib/schemas/datasets.ts';
import { COVERAGE_DATASETS, type CellState } from '../../lib/stats/coverage.ts';
import { pick } from '../../lib/text/lang.ts';
import { areaName } from '../areaName.ts';
import type { Site } from '../loadSite.ts';
import { pathTo } from '../urls.ts';

/** The legend's order. */
const STATES: CellState[] = ['final', 'preliminary', 'unspecified', 'single', 'period', 'none'];

/** Each state's mark in the grid (single-year rows of other datasets look like final figures). */
const MARK: Record<CellState, string> = {
  final: '●',
  preliminary: '◐',
  unspecified: '■',
  single: '●',
  period: '◌',
  none: '—',
};

/** The section of an area page a published cell leads to. */
const ANCHOR: Record<string, string> = {
  poverty: 'poverty',
  deprivation: 'poverty',
  funding: 'funding',
  outputs: 'outputs',
  targets: 'outputs',
};

export function coveragePage({ data, coverage }: Site, lang: Lang) {
  const t = translator(lang);
  const years = [...REVIEW_YEARS];
  // The same count as the overview's: poverty cells are poverty-rate cells (audit L9).
  const { grid, totals } = coverage;
  const totalsText = (count: { published: number; total: number }) =>
    t('coverage.totals', {
      published: formatNumber(lang, count.published),
      total: formatNumber(lang, count.total),
    });
  return {
    legend: STATES.map((state) => ({
      state,
      mark: MARK[state],
      label: t(`coverage.state.${state}`),
    })),
    years,
    datasets: COVERAGE_DATASETS.map((dataset) => ({
      dataset,
      title: pick(DATASETS[dataset].title, lang),
      totals: totalsText(totals.perDataset[dataset]),
      /** Poverty cells count the poverty rate only: said beside the totals. */
      ratesOnly: dataset === 'poverty',
      rows: data.areas.map((area) => ({
        name: areaName(area, lang),
        cells: years.map((y) => {
          const { state } = grid[dataset][area.code]![y]!;
          return {
            state,
            mark: MARK[state],
            label: t(`coverage.state.${state}`),
            href:
              state === 'none'
                ? undefined
                : `${pathTo(lang, 'area', { code: area.code })}#${ANCHOR[dataset]}`,
          };
        }),
      })),
    })),
    byArea: data.areas.map((area) => ({
      name: areaName(area, lang),
      totals: totalsText(totals.perArea[area.code]!),
    })),
  };
}
