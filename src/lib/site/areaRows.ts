/** The rows of every dataset that belong to one area, for its page and its downloads. */
import type { DatasetName } from '../schemas/datasets.ts';
import type { SiteData } from './siteData.ts';

/** Datasets that carry an `area_code`, in the order an area page shows them. */
export const AREA_DATASETS = [
  'poverty',
  'designations',
  'funding',
  'outputs',
  'targets',
  'deprivation',
] as const satisfies readonly DatasetName[];
export type AreaDataset = (typeof AREA_DATASETS)[number];

export function rowsOfArea(
  data: SiteData,
  code: string,
): { [K in AreaDataset]: SiteData['tables'][K] } {
  const pick = <K extends AreaDataset>(name: K) =>
    (data.tables[name] as { area_code: string }[]).filter(
      (r) => r.area_code === code,
    ) as SiteData['tables'][K];
  return {
    poverty: pick('poverty'),
    designations: pick('designations'),
    funding: pick('funding'),
    outputs: pick('outputs'),
    targets: pick('targets'),
    deprivation: pick('deprivation'),
  };
}

/** Where the downloads live; shared by the endpoints that write them and the pages that link. */
export const downloadPath = {
  csv: (name: string) => `/data/${name}.csv`,
  excelCsv: (name: string) => `/data/excel/${name}.csv`,
  json: (name: string) => `/data/${name}.json`,
  areaCsv: (code: string, name: string) => `/data/areas/${code}/${name}.csv`,
  areaJson: (code: string) => `/data/areas/${code}.json`,
  zip: '/data/all-datasets.zip',
  dataPackage: '/datapackage.json',
};
