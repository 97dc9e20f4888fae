/**
 * The site, built once per build and shared by every page, endpoint and check: the validated
 * data, the lookups over it, every chart, and the data package's identity (hashing the files is
 * the costly part). This is the only cache; the modules it calls build without remembering.
 */
import { siteCoverage, type SiteCoverage } from '../lib/stats/coverage.ts';
import type { PackageInfo } from '../lib/data/dataPackage.ts';
import { buildCharts, type ChartSpec } from './charts.ts';
import { packageInfo } from './packageInfo.ts';
import { dataDir, readSiteData, type SiteData } from './siteData.ts';
import { buildSiteIndex, type SiteIndex } from './siteIndex.ts';
import { siteUrl } from './siteUrl.ts';

export interface Site {
  data: SiteData;
  index: SiteIndex;
  /** Every chart, by id (see chartId). */
  charts: Map<string, ChartSpec>;
  /** Name, title, version, homepage and file hashes of the data package. */
  pkg: PackageInfo;
  /** What is and is not published, area by year: one count for every page that shows it. */
  coverage: SiteCoverage;
}

const cache = new Map<string, Promise<Site>>();

/** The site over `dir` (DATA_DIR, or data/), loaded on first use; throws on invalid data. */
export function loadSite(dir = dataDir()): Promise<Site> {
  let loading = cache.get(dir);
  if (!loading) {
    loading = build(dir);
    cache.set(dir, loading);
  }
  return loading;
}

async function build(dir: string): Promise<Site> {
  const data = await readSiteData(dir);
  const index = buildSiteIndex(data);
  return {
    data,
    index,
    charts: buildCharts({ data, index }),
    coverage: siteCoverage(data),
    // The address astro.config.mjs gives Astro (its `site`), so the homepage is the same.
    pkg: packageInfo(data, new URL(siteUrl(process.env))),
  };
}
