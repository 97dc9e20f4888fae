/**
 * The funding page: a year-by-project grid of the province's single-year amounts that shows what
 * is and is not published (a multi-year total says nothing about one year), the province's chart,
 * then every amount of the province and its units (other provinces' are on their own pages, so
 * the page does not grow with the country).
 */
import { PROJECT_LABELS, label } from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { formatMoney, qualifierPrefix } from '../../lib/format/format.ts';
import { PROGRAMME_YEARS } from '../../lib/programme.ts';
import type { Funding } from '../../lib/schemas/funding.ts';
import { chartId } from '../charts.ts';
import type { Site } from '../loadSite.ts';

/** The programme's projects, as the grid's rows and the front page's money list. */
export const PROGRAMME_PROJECTS = ['DA1', 'DA2', 'DA3', 'DA4', 'DA5', 'multiple'] as const;

export function fundingPage({ data, index, charts }: Site, lang: Lang) {
  const { province } = data;
  const provinceRows = index.rowsOf(province.code).funding;
  const money = (r: Funding, value: number) =>
    `${qualifierPrefix(lang, r.value_qualifier)}${formatMoney(lang, value)}`;
  const amount = (r: Funding) => ({
    text: [
      r.allocated_million_vnd !== undefined &&
        `${t(lang, 'funding.allocated')}: ${money(r, r.allocated_million_vnd)}`,
      r.disbursed_million_vnd !== undefined &&
        ` ${t(lang, 'funding.disbursed')}: ${money(r, r.disbursed_million_vnd)}`,
    ]
      .filter(Boolean)
      .join(''),
    yearBasis: r.year_basis,
  });
  const scope = new Set(index.unitsUnder(province.code).map((a) => a.code));
  return {
    chart: charts.get(chartId.funding(province.code)),
    years: [...PROGRAMME_YEARS],
    /** Per project, per programme year: the amounts published for that year alone. */
    grid: PROGRAMME_PROJECTS.map((project) => ({
      label: label(PROJECT_LABELS, project, lang),
      cells: PROGRAMME_YEARS.map((year) =>
        provinceRows
          .filter((f) => f.project === project && f.year_from === year && f.year_to === year)
          .map(amount),
      ),
    })),
    rows: data.tables.funding
      .filter((f) => scope.has(f.area_code))
      .sort((a, b) => a.area_code.localeCompare(b.area_code) || a.year_from - b.year_from),
  };
}
