/**
 * The site's address book: every address it publishes, before the site base (wrap in withBase()
 * or pathTo() to link). Pages are in ROUTES, per language; files are here, shared by the
 * endpoints that write them (their place under src/pages/ must agree) and the pages that link.
 */
import type { Lang } from '../i18n/routes.ts';

export { ROUTES, pathTo, withBase, type RouteName } from '../i18n/routes.ts';

/** The datasets as published, whole and per area, and the package that describes them. */
export const downloadPath = {
  csv: (name: string) => `/data/${name}.csv`,
  json: (name: string) => `/data/${name}.json`,
  areaCsv: (code: string, name: string) => `/data/areas/${code}/${name}.csv`,
  areaJson: (code: string) => `/data/areas/${code}.json`,
  zip: '/data/all-datasets.zip',
  dataPackage: '/datapackage.json',
  /** Which area has which data, per year (the coverage page's grid). */
  coverageCsv: '/data/coverage.csv',
};

/** The change record's files and the release checksums. */
export const changesPath = {
  /** A dataset file as it was after one change. */
  history: (short: string, dataset: string) => `/data/history/${short}/${dataset}.csv`,
  feed: '/thay-doi/atom.xml',
  checksums: '/data/SHA256SUMS.txt',
};

/** The spreadsheet downloads and the empty templates for data staff. */
export const excelPath = {
  xlsx: (dataset: string) => `/data/xlsx/${dataset}.xlsx`,
  templateCsv: (dataset: string) => `/data/templates/${dataset}.csv`,
  templateXlsx: (dataset: string) => `/data/templates/${dataset}.xlsx`,
  /** One workbook with an empty sheet for every dataset, for `npm run data:import`. */
  templateWorkbook: '/data/templates/all-datasets.xlsx',
};

/**
 * Each chart's downloads: its numbers (CSV, one per chart) and image (SVG, per language). The PNG
 * is drawn from the SVG in the reader's browser (src/elements/chart.ts), not published as a file.
 */
export function chartFiles(id: string, lang: Lang) {
  return {
    csv: `/data/charts/${id}.csv`,
    svg: `/data/charts/${lang}/${id}.svg`,
  };
}

/** A page's preview image for link sharing (og:image); keys from shareKey() in share.ts. */
export const sharePath = (lang: Lang, key: string) => `/data/share/${lang}/${key}.png`;

/** An explainer's slug: content/explainers/<lang>/<slug>.mdx has the id "<lang>/<slug>". */
export function explainerSlug(id: string): string {
  return id.split('/').at(-1) ?? id;
}
