/** /data/templates/<dataset>.csv — the header row only, UTF-8 with a BOM so Excel shows it right. */
import type { APIRoute } from 'astro';
import { templateCsv } from '../../../lib/excel/workbook.ts';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../../../lib/schemas/datasets.ts';

export const getStaticPaths = () => DATASET_NAMES.map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) =>
  new Response(templateCsv(DATASETS[params.name as DatasetName]), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
