/** /data/templates/all-datasets.xlsx — a blank sheet for every dataset, for `npm run data:import`. */
import type { APIRoute } from 'astro';
import { templateWorkbook, XLSX_TYPE } from '../../../lib/excel/workbook.ts';
import { DATASETS } from '../../../lib/schemas/datasets.ts';

export const GET: APIRoute = async () =>
  new Response(await templateWorkbook(Object.values(DATASETS)), {
    headers: { 'Content-Type': XLSX_TYPE },
  });
