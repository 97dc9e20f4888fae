/**
 * The progress page: outputs indicator by indicator, each with the targets set for it, then the
 * targets of no output indicator, and the indicators with nothing published. Results and plans
 * never share a table (audit L5). The page is about the site's province and its units (with one
 * province: every row); other provinces' results are on their own pages, so the page does not
 * grow with the country.
 */
import { indicatorLabel } from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { OUTPUT_INDICATORS } from '../../lib/schemas/indicators.ts';
import type { Site } from '../loadSite.ts';
import { asOutputRow } from './figures.ts';

export function progressPage({ data, index }: Site, lang: Lang) {
  const scope = new Set(index.unitsUnder(data.province.code).map((a) => a.code));
  const outputs = data.tables.outputs.filter((r) => scope.has(r.area_code));
  const targets = data.tables.targets.filter((r) => scope.has(r.area_code));
  const order = new Map(data.areas.map((a, i) => [a.code, i]));
  /** In the areas' display order, then by first year. */
  const byArea = <T extends { area_code: string; year_from: number }>(rows: T[]) =>
    [...rows].sort(
      (a, b) =>
        (order.get(a.area_code) ?? 0) - (order.get(b.area_code) ?? 0) || a.year_from - b.year_from,
    );
  const indicators = Object.keys(OUTPUT_INDICATORS);
  const withData = indicators.filter(
    (i) => outputs.some((o) => o.indicator === i) || targets.some((o) => o.indicator === i),
  );
  const without = indicators.filter((i) => !withData.includes(i));
  return {
    indicators: withData.map((indicator) => ({
      indicator,
      label: indicatorLabel(indicator, lang),
      results: byArea(outputs.filter((o) => o.indicator === indicator)),
      targets: byArea(targets.filter((o) => o.indicator === indicator)).map(asOutputRow),
    })),
    /** Targets whose indicator is no output indicator (poverty, coverage, …). */
    otherTargets: byArea(targets.filter((r) => !indicators.includes(r.indicator))).map(asOutputRow),
    notPublished:
      without.length > 0
        ? t(lang, 'progress.notPublishedList', {
            list: without.map((i) => indicatorLabel(i, lang)).join('; '),
          })
        : undefined,
  };
}
