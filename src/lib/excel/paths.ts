/** Where the spreadsheet downloads live under the site (paths before the site base). */
export const excelPath = {
  xlsx: (dataset: string) => `/data/xlsx/${dataset}.xlsx`,
  templateCsv: (dataset: string) => `/data/templates/${dataset}.csv`,
  templateXlsx: (dataset: string) => `/data/templates/${dataset}.xlsx`,
  /** One workbook with an empty sheet for every dataset, for `npm run data:import`. */
  templateWorkbook: '/data/templates/all-datasets.xlsx',
};
