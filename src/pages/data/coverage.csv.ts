/** /data/coverage.csv — the published/not-published grid, one row per dataset, area and year. */
import type { APIRoute } from 'astro';
import Papa from 'papaparse';
import { REVIEW_YEARS } from '../../lib/programme.ts';
import { loadSite } from '../../site/loadSite.ts';
import { COVERAGE_DATASETS, coverageGrid } from '../../lib/stats/coverage.ts';

export const GET: APIRoute = async () => {
  const { data } = await loadSite();
  const years = [...REVIEW_YEARS];
  const grid = coverageGrid({ areas: data.areas, years, tables: data.tables });
  const rows = COVERAGE_DATASETS.flatMap((dataset) =>
    data.areas.flatMap((area) =>
      years.map((year) => {
        const cell = grid[dataset][area.code]![year]!;
        return [
          dataset,
          area.code,
          area.name,
          year,
          cell.state,
          cell.rows,
          cell.source_ids.join(' '),
        ];
      }),
    ),
  );
  const csv = Papa.unparse(
    [['dataset', 'area_code', 'area_name', 'year', 'state', 'rows', 'source_ids'], ...rows],
    { newline: '\n' },
  );
  // For code, like every CSV of the site: spreadsheets get the .xlsx files (see the data page).
  return new Response(`${csv}\n`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
