/**
 * The front page, about the site's province (the first one) however many the data holds: the
 * headline figures with their sources, households out of poverty, the province's money, each
 * district's latest rate, and how much is published.
 */
import type { Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { formatNumber, formatPoints } from '../../lib/format/format.ts';
import { PROGRAMME_PERIOD } from '../../lib/programme.ts';
import { rateChange, seriesOf } from '../../lib/stats/poverty.ts';
import { statedYears } from '../../lib/stats/statedYears.ts';
import { areaName } from '../areaName.ts';
import type { Site } from '../loadSite.ts';
import { pathTo } from '../urls.ts';
import { endOfYear, printedRate, publishedFigure, type Figure } from './figures.ts';
import { PROGRAMME_PROJECTS } from './funding.ts';

export function overviewPage({ data, index, coverage }: Site, lang: Lang) {
  const { province } = data;
  const when = (year: number) => endOfYear(lang, year);
  const years = index.povertyYears(province.code);
  const rates = seriesOf(years, 'poverty_rate_pct');
  const latest = rates.at(-1);
  // Computed figures rest only on rows whose year the source states (audit M6): the end-2015 29.4%
  // is an inferred year, so the change runs from the earliest stated year instead.
  const stated = statedYears(years);
  const change = rateChange(stated);
  const earliest = rates[0];
  const skipped = change && earliest && earliest.year < change.from.year ? earliest : undefined;
  const poor = seriesOf(stated, 'poor_households');
  const firstPoor = poor[0];
  const lastPoor = poor.at(-1);
  // The same count as the coverage page (audit L9): poverty-rate cells of the areas shown.
  const rateCells = coverage.totals.perDataset.poverty;

  const figures: Figure[] = [
    latest
      ? publishedFigure(
          t(lang, 'overview.latestRate', { when: when(latest.year) }),
          printedRate(lang, latest),
          latest.row,
        )
      : { label: t(lang, 'overview.povertyHeading'), value: undefined, sourceIds: [] },
  ];
  if (change)
    figures.push({
      label: t(lang, 'overview.changeSince', { year: when(change.from.year) }),
      value: formatPoints(lang, change.points),
      computed: true,
      note:
        skipped &&
        t(lang, 'overview.changeStated', {
          from: when(change.from.year),
          baseline: when(skipped.year),
          value: printedRate(lang, skipped),
        }),
      sourceIds: [change.from.row.source_id, change.to.row.source_id],
    });
  if (lastPoor)
    figures.push(
      publishedFigure(
        t(lang, 'overview.poorHouseholds', { when: when(lastPoor.year) }),
        formatNumber(lang, lastPoor.value),
        lastPoor.row,
      ),
    );

  return {
    heading: `${t(lang, 'site.name', { province: province.name })} ${PROGRAMME_PERIOD}`,
    province: {
      area: province,
      name: areaName(province, lang),
      href: pathTo(lang, 'area', { code: province.code }),
    },
    figures,
    /** Whether any year publishes households that escaped poverty. */
    escapedPublished: seriesOf(years, 'escaped_poverty_households').length > 0,
    /** The fall in poor households between the first and last stated years, computed. */
    netFall:
      firstPoor && lastPoor && firstPoor.year !== lastPoor.year
        ? t(lang, 'overview.netFall', {
            from: formatNumber(lang, firstPoor.value),
            fromYear: when(firstPoor.year),
            to: formatNumber(lang, lastPoor.value),
            toYear: when(lastPoor.year),
            diff: formatNumber(lang, firstPoor.value - lastPoor.value),
          })
        : undefined,
    money: index
      .rowsOf(province.code)
      .funding.filter((f) => (PROGRAMME_PROJECTS as readonly string[]).includes(f.project)),
    // Each figure carries its status and an inferred year, as on the area pages (audit M1).
    districts: index.childrenOf(province.code).map((area) => {
      const rate = seriesOf(index.povertyYears(area.code), 'poverty_rate_pct').at(-1);
      return {
        name: areaName(area, lang),
        href: pathTo(lang, 'area', { code: area.code }),
        rate: rate && {
          value: printedRate(lang, rate),
          when: when(rate.year),
          status: rate.row.status,
          yearBasis: rate.row.year_basis,
        },
      };
    }),
    gaps: t(lang, 'overview.gaps', {
      total: formatNumber(lang, rateCells.total),
      have: formatNumber(lang, rateCells.published),
    }),
  };
}
