/** /data/templates/<dataset>.xlsx — a blank sheet with the header row and a guide to each column. */
import type { APIRoute } from 'astro';
import { templateWorkbook, XLSX_TYPE } from '../../../lib/excel/workbook.ts';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../../../lib/schemas/datasets.ts';

export const getStaticPaths = () => DATASET_NAMES.map((name) => ({ params: { name } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(await templateWorkbook([DATASETS[params.name as DatasetName]]), {
    headers: { 'Content-Type': XLSX_TYPE },
  });
