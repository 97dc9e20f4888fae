/** /data/xlsx/<dataset>.xlsx — the dataset as an Excel workbook, numbers as numbers, codes as text. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { parseCsvText } from '../../../lib/changes/diff.ts';
import { datasetWorkbook, XLSX_TYPE } from '../../../lib/excel/workbook.ts';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../../../lib/schemas/datasets.ts';
import { loadSite } from '../../../site/loadSite.ts';

export const getStaticPaths = () => DATASET_NAMES.map((name) => ({ params: { name } }));

export const GET: APIRoute = async ({ params }) => {
  const dataset = DATASETS[params.name as DatasetName];
  // Validated first (loadSite throws on invalid data); the cells are the committed text, so
  // a number keeps the decimals the source printed.
  const { dir } = (await loadSite()).data;
  const { rows } = parseCsvText(await readFile(join(dir, dataset.file), 'utf8'));
  return new Response(await datasetWorkbook(dataset, rows), {
    headers: { 'Content-Type': XLSX_TYPE },
  });
};
