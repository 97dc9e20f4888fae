/**
 * The site's one way to the data: validate the data folder with the shared validator and stop
 * the build with the full report if anything is wrong, so invalid data is never published.
 * Read once per build by loadSite(), which every page shares; this module does not cache.
 */
import { formatText } from '../lib/data/report/formatText.ts';
import { validateDirectory, type Tables } from '../lib/data/validateDirectory.ts';
import { DATASET_NAMES, type DatasetName } from '../lib/schemas/datasets.ts';
import type { Area } from '../lib/schemas/areas.ts';
import type { Source } from '../lib/schemas/sources.ts';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { simplifyBoundaries } from '../lib/map/boundaries.ts';
import { lastCommitDate } from './gitDates.ts';
import { usePrintedDecimals } from './printedDecimals.ts';

export interface SiteData {
  dir: string;
  tables: Tables;
  rowCounts: Record<DatasetName, number>;
  /** Areas in display order: provinces first, then their districts by code (not the country). */
  areas: Area[];
  /** The whole country (areas.csv's `country` row), shown beside the province, when present. */
  country: Area | undefined;
  areaByCode: Map<string, Area>;
  sourceById: Map<string, Source>;
  /** The province the site is about (the first province row of areas.csv). */
  province: Area;
  /** Date of the last commit that touched each dataset file, when git history is available. */
  lastUpdated: Record<DatasetName, string | undefined>;
  /** Simplified official boundaries, when data/geo/ holds a boundary file. */
  boundaries: FeatureCollection<Polygon | MultiPolygon, { code: string }> | undefined;
}

export class InvalidDataError extends Error {}

export function dataDir(): string {
  return process.env.DATA_DIR ?? 'data';
}

/** Validates and reads the data folder; throws InvalidDataError with the full report. */
export async function readSiteData(dir: string): Promise<SiteData> {
  const { report, tables, rowCounts, boundaries, decimals } = await validateDirectory(dir, {
    keepRows: true,
  });
  if (!report.valid) {
    throw new InvalidDataError(
      `The data in ${dir}/ is not valid; nothing was published.\n\n${formatText(report, 'en', DATASET_NAMES.length)}\n\n${formatText(report, 'vi', DATASET_NAMES.length)}`,
    );
  }
  usePrintedDecimals(decimals);
  const rank = { country: -1, province: 0, district: 1, commune: 2 } as const;
  const sorted = [...tables.areas].sort(
    (a, b) => rank[a.level] - rank[b.level] || a.code.localeCompare(b.code),
  );
  // The country has no page of its own: its figures stand beside the province's.
  const country = sorted.find((a) => a.level === 'country');
  const areas = sorted.filter((a) => a.level !== 'country');
  const province = areas.find((a) => a.level === 'province');
  if (!province) throw new InvalidDataError(`${dir}/areas.csv has no province row.`);
  const lastUpdated = Object.fromEntries(
    DATASET_NAMES.map((name) => [name, lastCommitDate(`${dir}/${name}.csv`)]),
  ) as Record<DatasetName, string | undefined>;
  return {
    dir,
    tables,
    rowCounts,
    areas,
    country,
    areaByCode: new Map(sorted.map((a) => [a.code, a])),
    sourceById: new Map(tables.sources.map((s) => [s.id, s])),
    province,
    lastUpdated,
    boundaries: boundaries.length ? simplifyBoundaries(boundaries) : undefined,
  };
}
