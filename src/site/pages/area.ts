/**
 * Everything an area's page shows: its place in the tree, the headline rate beside its
 * province's, the locator map, its charts, the poverty years and gaps, the targets (poverty ones
 * beside the poverty table, the rest beside the outputs), the 30a/135 designations by programme
 * year, the money, the outputs and the downloads.
 */
import type { Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { formatPeriod } from '../../lib/format/format.ts';
import { renderLocator } from '../../lib/map/locator.ts';
import { PROGRAMME, PROGRAMME_YEARS } from '../../lib/programme.ts';
import type { Area } from '../../lib/schemas/areas.ts';
import { DATASETS, keptAsText } from '../../lib/schemas/datasets.ts';
import { missingYears, seriesOf } from '../../lib/stats/poverty.ts';
import { areaName } from '../areaName.ts';
import { chartId } from '../charts.ts';
import type { Site } from '../loadSite.ts';
import { AREA_DATASETS, type AreaRows } from '../siteIndex.ts';
import { downloadPath, pathTo, withBase } from '../urls.ts';
import { asOutputRow, endOfYear, printedRate } from './figures.ts';

/** Targets about poverty itself sit under the poverty table; the rest beside the outputs. */
const isPovertyTarget = (indicator: string) =>
  indicator.startsWith('poverty_') || indicator === 'escaped_poverty_households';

/** The datasets whose latest change dates an area page. */
const DATED_BY = ['poverty', 'funding', 'outputs', 'targets', 'designations'] as const;

export function areaPage(site: Site, area: Area, lang: Lang) {
  const { data, index, charts } = site;
  const name = areaName(area, lang);
  /** The province this page belongs to: a district is compared with its own province. */
  const province = index.provinceOf(area.code);
  const isProvince = area.level === 'province';
  const rows = index.rowsOf(area.code);
  const years = index.povertyYears(area.code);
  const latest = seriesOf(years, 'poverty_rate_pct').at(-1);
  const provinceRates =
    isProvince || !province
      ? undefined
      : new Map(
          seriesOf(index.povertyYears(province.code), 'poverty_rate_pct').map((p) => [p.year, p]),
        );
  const provincePoint = latest && provinceRates?.get(latest.year);
  const latestLabel = latest
    ? t(lang, 'overview.latestRate', { when: endOfYear(lang, latest.year) })
    : t(lang, 'overview.povertyHeading');
  const lastUpdated = DATED_BY.map((n) => data.lastUpdated[n])
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  const gaps = missingYears(years, PROGRAMME.baselineYear, PROGRAMME.lastYear);
  const targets = rows.targets.map(asOutputRow);

  return {
    name,
    description: latest
      ? `${name}: ${latestLabel} ${printedRate(lang, latest)}.`
      : `${name}: ${t(lang, 'area.none')}`,
    /** The province above a district, for the breadcrumb; none on a province's own page. */
    parent:
      province && !isProvince
        ? { name: areaName(province, lang), href: pathTo(lang, 'area', { code: province.code }) }
        : undefined,
    isProvince,
    lastUpdated,
    headline: {
      label: latestLabel,
      value: latest && printedRate(lang, latest),
      status: latest?.row.status,
      yearBasis: latest?.row.year_basis,
      sourceIds: latest ? [latest.row.source_id] : [],
    },
    /** The province's rate in the same year, beside a district's. */
    provinceFigure:
      latest && provinceRates
        ? {
            label: `${t(lang, 'area.provinceComparison')} (${endOfYear(lang, latest.year)})`,
            value: provincePoint ? printedRate(lang, provincePoint) : undefined,
          }
        : undefined,
    locator: locatorOf(site, area, lang),
    charts: {
      poverty: charts.get(chartId.poverty(area.code)),
      // With several provinces, each province's page shows its own districts side by side (the
      // areas index shows those of the site's province).
      districts:
        isProvince && index.provinces.length > 1
          ? charts.get(chartId.districts(area.code, data.province.code))
          : undefined,
      funding: charts.get(chartId.funding(area.code)),
      outputs: charts.get(chartId.outputs(area.code)),
    },
    years,
    provinceRates,
    /** The review years with no figure, as text ("end of 2017, end of 2018"). */
    missingYears: gaps.length > 0 ? gaps.map((y) => endOfYear(lang, y)).join(', ') : undefined,
    povertyTargets: targets.filter((r) => isPovertyTarget(r.indicator)),
    otherTargets: targets.filter((r) => !isPovertyTarget(r.indicator)),
    designations: designationsOf(rows, lang),
    funding: rows.funding,
    outputs: rows.outputs,
    downloads: [
      ...AREA_DATASETS.filter((n) => rows[n].length > 0).map((n) => ({
        href: withBase(downloadPath.areaCsv(area.code, n)),
        file: `${n}.csv`,
      })),
      { href: withBase(downloadPath.areaJson(area.code)), file: `${area.code}.json` },
    ],
    cite: {
      title: { vi: areaName(area, 'vi'), en: areaName(area, 'en') },
      path: pathTo(lang, 'area', { code: area.code }),
      csv: rows.poverty.length
        ? {
            path: withBase(downloadPath.areaCsv(area.code, 'poverty')),
            bom: false,
            // Codes (area codes, source ids) are read as text in pandas and R: the schema says which.
            codeColumns: keptAsText(DATASETS.poverty),
          }
        : undefined,
    },
  };
}

export type AreaPage = ReturnType<typeof areaPage>;

/** Each designation with a mark per programme year: inside its period or not. */
function designationsOf(rows: AreaRows, lang: Lang) {
  return {
    years: [...PROGRAMME_YEARS],
    rows: rows.designations.map((d) => ({
      label: t(lang, `designation.${d.designation}`),
      inForce: PROGRAMME_YEARS.map((y) => y >= d.year_from && y <= d.year_to),
      sourceId: d.source_id,
      period: formatPeriod(d.year_from, d.year_to),
    })),
  };
}

/**
 * The small map that places the area among its province's units (those of this area's province
 * only, however many provinces there are); none with fewer than two seats to place.
 */
function locatorOf({ data, index }: Site, area: Area, lang: Lang): string | undefined {
  const province = index.provinceOf(area.code);
  const local = province ? index.childrenOf(province.code) : [];
  const localUnits = [...local, ...local.flatMap((d) => index.childrenOf(d.code))];
  const seats = localUnits
    .filter((a) => a.lat !== undefined && a.lon !== undefined)
    .map((a) => ({ code: a.code, name: a.name, lat: a.lat!, lon: a.lon! }));
  if (seats.length <= 1) return undefined;
  const localCodes = new Set([
    ...(province ? [province.code] : []),
    ...localUnits.map((a) => a.code),
  ]);
  const features = data.boundaries?.features.filter((f) => localCodes.has(f.properties.code));
  const name = areaName(area, lang);
  return renderLocator(
    {
      id: `locator-${area.code}`,
      title: t(lang, 'map.locatorTitle', { area: name }),
      desc: t(lang, 'map.locatorDesc', { area: name }),
      points: seats,
      current: area.code,
      boundaries:
        data.boundaries && features?.length ? { ...data.boundaries, features } : undefined,
    },
    { width: 320, height: 240 },
  );
}
