/**
 * The map of what is and is not published: for every dataset, area and year of the programme,
 * whether a figure exists (and its status), so reporters see at a glance what to ask for.
 */
import { REVIEW_YEARS } from '../programme.ts';
import type { DatasetName } from '../schemas/datasets.ts';
import type { Poverty } from '../schemas/poverty.ts';
import { povertyByYear } from './poverty.ts';

export type CellState = 'final' | 'preliminary' | 'unspecified' | 'period' | 'single' | 'none';

export interface CoverageCell {
  state: CellState;
  /** Rows behind the cell (all statuses and sources). */
  rows: number;
  source_ids: string[];
}

export const COVERAGE_DATASETS = [
  'poverty',
  'deprivation',
  'funding',
  'outputs',
  'targets',
] as const satisfies readonly DatasetName[];
export type CoverageDataset = (typeof COVERAGE_DATASETS)[number];

interface YearRow {
  area_code: string;
  source_id: string;
  year?: number;
  year_from?: number;
  year_to?: number;
}

export interface CoverageInput {
  areas: { code: string }[];
  years: number[];
  tables: Record<CoverageDataset, YearRow[]>;
}

export type CoverageGrid = Record<CoverageDataset, Record<string, Record<number, CoverageCell>>>;

const NONE: CoverageCell = { state: 'none', rows: 0, source_ids: [] };

/**
 * Whether a row fills a cell of its dataset's grid. A poverty cell is the poverty rate, the
 * figure every page leads with: a year with only a household count or the households that
 * escaped poverty is not counted as having a rate (audit L9).
 */
const fills = (dataset: CoverageDataset, row: YearRow) =>
  dataset !== 'poverty' || (row as Partial<Poverty>).poverty_rate_pct !== undefined;

/**
 * Poverty cells take the status of the year's headline poverty rate; other datasets are "single"
 * when a figure is for that year alone and "period" when only a multi-year figure covers it.
 */
export function coverageGrid(input: CoverageInput): CoverageGrid {
  const grid = {} as CoverageGrid;
  for (const dataset of COVERAGE_DATASETS) {
    grid[dataset] = {};
    const byArea = new Map<string, YearRow[]>();
    for (const row of input.tables[dataset]) {
      if (!fills(dataset, row)) continue;
      const list = byArea.get(row.area_code) ?? [];
      list.push(row);
      byArea.set(row.area_code, list);
    }
    for (const area of input.areas) {
      const rows = byArea.get(area.code) ?? [];
      const cells: Record<number, CoverageCell> = {};
      const headline =
        dataset === 'poverty'
          ? new Map(
              povertyByYear(rows as Poverty[], area.code).map((y) => [y.year, y.headline.status]),
            )
          : undefined;
      for (const year of input.years) {
        const here = rows.filter(
          (r) => (r.year ?? r.year_from!) <= year && year <= (r.year ?? r.year_to!),
        );
        if (here.length === 0) {
          cells[year] = NONE;
          continue;
        }
        const single = here.some((r) => r.year !== undefined || r.year_from === r.year_to);
        const state: CellState = headline?.get(year) ?? (single ? 'single' : 'period');
        cells[year] = {
          state,
          rows: here.length,
          source_ids: [...new Set(here.map((r) => r.source_id))],
        };
      }
      grid[dataset][area.code] = cells;
    }
  }
  return grid;
}

/** Published cells out of all cells, per dataset and per area. */
export function coverageTotals(grid: CoverageGrid) {
  const perDataset = {} as Record<CoverageDataset, { published: number; total: number }>;
  const perArea: Record<string, { published: number; total: number }> = {};
  for (const dataset of COVERAGE_DATASETS) {
    perDataset[dataset] = { published: 0, total: 0 };
    for (const [area, cells] of Object.entries(grid[dataset])) {
      perArea[area] ??= { published: 0, total: 0 };
      for (const cell of Object.values(cells)) {
        const published = cell.state !== 'none' ? 1 : 0;
        perDataset[dataset].published += published;
        perDataset[dataset].total += 1;
        perArea[area].published += published;
        perArea[area].total += 1;
      }
    }
  }
  return { perDataset, perArea };
}

export interface SiteCoverage {
  grid: CoverageGrid;
  totals: ReturnType<typeof coverageTotals>;
}

/**
 * The site's one coverage count: the province and its districts (never the country) over every
 * review year. Built once per build with the site (`loadSite`), so the overview's "cells
 * published" and the coverage page read the same numbers.
 */
export function siteCoverage(data: Pick<CoverageInput, 'areas' | 'tables'>): SiteCoverage {
  const grid = coverageGrid({ areas: data.areas, years: [...REVIEW_YEARS], tables: data.tables });
  return { grid, totals: coverageTotals(grid) };
}
