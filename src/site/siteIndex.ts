/**
 * Lookups built once per build over the loaded data, so that a page about one area costs the
 * same whether the data holds 8 districts or 700: rows grouped by area, each area's poverty
 * figures by year, the tree of units (children, the province an area belongs to) and targets by
 * their key. Built once per build by loadSite(); every list keeps file order, so results are exactly those of
 * filtering the whole tables.
 */
import type { Area } from '../lib/schemas/areas.ts';
import type { Output } from '../lib/schemas/outputs.ts';
import type { Target } from '../lib/schemas/targets.ts';
import { povertyByYear, type YearFigures } from '../lib/stats/poverty.ts';
import type { SiteData } from './siteData.ts';

/** Datasets that carry an `area_code`, in the order an area page shows them. */
export const AREA_DATASETS = [
  'poverty',
  'designations',
  'funding',
  'outputs',
  'targets',
  'deprivation',
] as const;
export type AreaDataset = (typeof AREA_DATASETS)[number];
export type AreaRows = { [K in AreaDataset]: SiteData['tables'][K] };

export interface SiteIndex {
  /** Every row of one area, per dataset, in file order (empty lists when none). */
  rowsOf(code: string): AreaRows;
  /** povertyByYear for one area, computed once. */
  povertyYears(code: string): YearFigures[];
  /** Provinces, in display order. */
  provinces: Area[];
  /** Units whose parent is `code`, in display order. */
  childrenOf(code: string): Area[];
  /** A unit and every unit below it (a province, its districts, their communes). */
  unitsUnder(code: string): Area[];
  /** The province a unit belongs to (itself for a province), if the tree leads to one. */
  provinceOf(code: string): Area | undefined;
  /** The first target (file order) with the same area, indicator and period as an output. */
  targetFor(
    row: Pick<Output, 'area_code' | 'indicator' | 'year_from' | 'year_to'>,
  ): Target | undefined;
}

/** Shared by every area without rows; frozen so that a caller cannot fill it by mistake. */
const EMPTY = Object.freeze([]) as unknown as never[];

const targetKey = (r: Pick<Target, 'area_code' | 'indicator' | 'year_from' | 'year_to'>) =>
  `${r.area_code}\u0001${r.indicator}\u0001${r.year_from}\u0001${r.year_to}`;

function groupByArea<T extends { area_code: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.area_code);
    if (list) list.push(row);
    else groups.set(row.area_code, [row]);
  }
  return groups;
}

/** The lookups over one loaded data set (call through loadSite(), which builds it once). */
export function buildSiteIndex(data: SiteData): SiteIndex {
  const groups = Object.fromEntries(
    AREA_DATASETS.map((name) => [name, groupByArea(data.tables[name] as { area_code: string }[])]),
  ) as { [K in AreaDataset]: Map<string, AreaRows[K]> };
  const rowsCache = new Map<string, AreaRows>();
  const rowsOf = (code: string): AreaRows => {
    let rows = rowsCache.get(code);
    if (!rows) {
      rows = Object.fromEntries(
        AREA_DATASETS.map((name) => [name, groups[name].get(code) ?? EMPTY]),
      ) as AreaRows;
      rowsCache.set(code, rows);
    }
    return rows;
  };

  const yearsCache = new Map<string, YearFigures[]>();
  const povertyYears = (code: string): YearFigures[] => {
    let years = yearsCache.get(code);
    if (!years) {
      years = povertyByYear(groups.poverty.get(code) ?? EMPTY, code);
      yearsCache.set(code, years);
    }
    return years;
  };

  const children = new Map<string, Area[]>();
  for (const area of data.areas) {
    if (area.parent_code === undefined) continue;
    const list = children.get(area.parent_code);
    if (list) list.push(area);
    else children.set(area.parent_code, [area]);
  }

  const unitsUnder = (code: string): Area[] => {
    const self = data.areaByCode.get(code);
    const out: Area[] = self ? [self] : [];
    const walk = (parent: string) => {
      for (const child of children.get(parent) ?? []) {
        out.push(child);
        walk(child.code);
      }
    };
    walk(code);
    return out;
  };

  const provinceCache = new Map<string, Area | undefined>();
  const provinceOf = (code: string): Area | undefined => {
    if (provinceCache.has(code)) return provinceCache.get(code);
    let area = data.areaByCode.get(code);
    // Levels only go province → district → commune, so a few steps always suffice; the bound
    // guards against a cycle in data that skipped validation.
    for (let steps = 0; area && area.level !== 'province' && steps < 3; steps++) {
      area = area.parent_code === undefined ? undefined : data.areaByCode.get(area.parent_code);
    }
    const province = area?.level === 'province' ? area : undefined;
    provinceCache.set(code, province);
    return province;
  };

  const targets = new Map<string, Target>();
  for (const target of data.tables.targets) {
    const key = targetKey(target);
    if (!targets.has(key)) targets.set(key, target);
  }

  return {
    rowsOf,
    povertyYears,
    provinces: data.areas.filter((a) => a.level === 'province'),
    childrenOf: (code) => children.get(code) ?? EMPTY,
    unitsUnder,
    provinceOf,
    targetFor: (row) => targets.get(targetKey(row)),
  };
}
