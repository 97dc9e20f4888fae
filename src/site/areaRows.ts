/** The rows of every dataset that belong to one area, for its page and its downloads. */
import type { SiteData } from './siteData.ts';
import { siteIndex, type AreaRows } from './siteIndex.ts';

export { AREA_DATASETS, type AreaDataset } from './siteIndex.ts';

/**
 * Every row of one area, per dataset, in file order. Looked up in the per-build index rather than
 * filtered from the whole tables, so it costs the same at 8 districts or 700. The lists are
 * shared: do not mutate them.
 */
export function rowsOfArea(data: SiteData, code: string): AreaRows {
  return siteIndex(data).rowsOf(code);
}

/** Where the downloads live; shared by the endpoints that write them and the pages that link. */
export const downloadPath = {
  csv: (name: string) => `/data/${name}.csv`,
  json: (name: string) => `/data/${name}.json`,
  areaCsv: (code: string, name: string) => `/data/areas/${code}/${name}.csv`,
  areaJson: (code: string) => `/data/areas/${code}.json`,
  zip: '/data/all-datasets.zip',
  dataPackage: '/datapackage.json',
};
