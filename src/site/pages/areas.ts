/**
 * The areas index: the provinces, then the units of each province, each with its latest
 * published poverty rate and its years as a 30a poor district. With one province its units are
 * listed in the open; with several, each province's units form a collapsed group named after it,
 * which a name filter narrows (by the folded name and code in `fold`).
 */
import type { Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { formatNumber, formatPeriod } from '../../lib/format/format.ts';
import type { Area } from '../../lib/schemas/areas.ts';
import { seriesOf } from '../../lib/stats/poverty.ts';
import { foldVietnamese } from '../../lib/text/fold.ts';
import { areaName } from '../areaName.ts';
import { chartId } from '../charts.ts';
import type { Site } from '../loadSite.ts';
import { pathTo } from '../urls.ts';
import { printedRate } from './figures.ts';

const LOWER_LEVELS = ['district', 'commune'] as const;

export function areasPage(site: Site, lang: Lang) {
  const { data, index, charts } = site;
  const { provinces } = index;
  const grouped = provinces.length > 1;
  const fold = (area: Area) => foldVietnamese(`${areaName(area, lang)} ${area.code}`).toLowerCase();

  const row = (area: Area) => {
    const rate = seriesOf(index.povertyYears(area.code), 'poverty_rate_pct').at(-1);
    return {
      name: areaName(area, lang),
      href: pathTo(lang, 'area', { code: area.code }),
      fold: grouped ? fold(area) : undefined,
      rate: rate && {
        value: printedRate(lang, rate),
        sort: rate.value,
        year: rate.year,
        row: rate.row,
      },
      status30a: index
        .rowsOf(area.code)
        .designations.filter((d) => d.designation === '30a_poor_district')
        .map((d) => formatPeriod(d.year_from, d.year_to))
        .join(', '),
    };
  };
  const table = (id: string, caption: string, units: Area[]) => ({
    id,
    caption,
    rows: units.map(row),
  });
  const levelTables = (province: Area) => {
    const districts = index.childrenOf(province.code);
    const units = {
      district: districts,
      commune: districts.flatMap((d) => index.childrenOf(d.code)),
    };
    return LOWER_LEVELS.filter((level) => units[level].length > 0).map((level) =>
      table(
        grouped ? `areas-${level}-${province.code}` : `areas-${level}`,
        grouped
          ? `${t(lang, `level.${level}`)}: ${areaName(province, lang)}`
          : t(lang, `level.${level}`),
        units[level],
      ),
    );
  };
  const group = (province: Area) => {
    const tables = levelTables(province);
    const count = tables.reduce((n, x) => n + x.rows.length, 0);
    return {
      wrap: 'details' as const,
      fold: fold(province),
      summary: `${areaName(province, lang)} (${t(lang, 'areas.unitsCount', { count: formatNumber(lang, count) })})`,
      tables,
    };
  };
  const open = (tables: ReturnType<typeof table>[]) => ({
    wrap: 'div' as const,
    fold: undefined,
    summary: undefined,
    tables,
  });

  return {
    grouped,
    // The site's own province's districts side by side (each other province's are on its page).
    districtsChart: charts.get(chartId.districts(data.province.code, data.province.code)),
    /** What the page lists, section by section: the provinces, then the units below them. */
    sections: [
      open([table('areas-province', t(lang, 'level.province'), provinces)]),
      ...(grouped
        ? provinces.map(group)
        : provinces.map((province) => open(levelTables(province)))),
    ].filter((s) => s.tables.length > 0),
  };
}
