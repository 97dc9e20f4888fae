/** Name, title and version of the data package, from the data itself. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../lib/changes/checksums.ts';
import type { PackageInfo } from '../lib/data/dataPackage.ts';
import { PROGRAMME, PROGRAMME_PERIOD } from '../lib/programme.ts';
import { DATASET_NAMES, DATASETS } from '../lib/schemas/datasets.ts';
import { slugify } from '../lib/text/fold.ts';
import type { SiteData } from './siteData.ts';

/**
 * The hash of each published file. Called once per build by loadSite(): every chart's "cite this"
 * shows the package version, and hashing every file each time made a national build spend a
 * third of its time here.
 */
function datasetHashes(data: SiteData): Record<string, string> {
  return Object.fromEntries(
    DATASET_NAMES.map((name) => [
      name,
      `sha256:${sha256Hex(readFileSync(join(data.dir, DATASETS[name].file)))}`,
    ]),
  );
}

/** The package's identity; `site` is the site's address (SITE_URL), for the homepage. */
export function packageInfo(data: SiteData, site: URL | undefined): PackageInfo {
  const newest = Object.values(data.lastUpdated).filter(Boolean).sort().at(-1);
  return {
    name: `giam-ngheo-${slugify(data.province.name)}-${PROGRAMME.firstYear}-${PROGRAMME.lastYear}`,
    title: `Giảm nghèo bền vững ${data.province.name} ${PROGRAMME_PERIOD} / Sustainable poverty reduction, ${data.province.name}, ${PROGRAMME_PERIOD}`,
    // The date of the newest data change: every change to data/ gives a new version.
    version: newest ? newest.replace(/-/g, '.') : '0.0.0',
    // The site's own address, base path included (a GitHub project site lives under /<repo>/).
    ...(site ? { homepage: new URL(import.meta.env?.BASE_URL ?? '/', site).href } : {}),
    // The published CSVs are the committed files byte for byte, so their hashes identify them.
    hashes: datasetHashes(data),
  };
}
