/**
 * Every spreadsheet download of the site as LibreOffice Calc (not our code) opens it, under an
 * English and a Vietnamese locale: the .xlsx datasets and the blank templates, and every CSV that
 * claims to be for spreadsheets (it starts with a byte-order mark, or sits in data/excel/ or
 * data/templates/). Each cell is compared with the canonical CSV: codes keep their leading
 * zeros, numbers are numbers, diacritics are intact and no text became a formula. Then a staff
 * round trip: a template filled in LibreOffice goes through `npm run data:import`.
 * Returns one message per failure; empty when LibreOffice reads everything right.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { columnsOf, DATASET_NAMES, DATASETS } from '../../src/lib/schemas/datasets.ts';
import { compareSheet, type CellKind, type ExpectedTable } from './compareCells.ts';
import { readFods } from './fods.ts';
import {
  convert,
  CSV_IMPORT,
  findSoffice,
  INSTALL_HINT,
  LOCALES,
  makeProfile,
  type Locale,
} from './soffice.ts';
import { staffRoundTripFailures } from './staffRoundTrip.ts';

/** One file to open, and the tables its sheets must show (by sheet name; '' for a CSV's one). */
interface Opened {
  path: string;
  sheets: Map<string, ExpectedTable>;
}

const parseCsv = (text: string) => parse(text, { bom: true }) as string[][];
const NUMERIC = new Set(['integer', 'number', 'year']);

function datasetTable(name: string, rows: string[][]): ExpectedTable {
  const columns = columnsOf(DATASETS[name as keyof typeof DATASETS]);
  const kinds: CellKind[] = columns.map(({ meta }) =>
    NUMERIC.has(meta.type) ? 'number' : meta.type === 'date' ? 'date' : 'text',
  );
  return { header: columns.map((c) => c.name), rows, kindOf: (c) => kinds[c] ?? 'text' };
}

/** A CSV of no dataset: a plain decimal numeral must be a number, anything else its own text. */
function ownTable(cells: string[][]): ExpectedTable {
  return {
    header: cells[0] ?? [],
    rows: cells.slice(1),
    kindOf: (_c, raw) => (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(raw) ? 'number' : 'text'),
  };
}

async function* csvFiles(dir: string, prefix = ''): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = `${prefix}${entry.name}`;
    if (entry.isDirectory()) yield* csvFiles(join(dir, entry.name), `${rel}/`);
    else if (entry.name.endsWith('.csv')) yield rel;
  }
}

/** What the site offers to spreadsheets, with what each must show. */
async function spreadsheetDownloads(siteDir: string): Promise<Opened[]> {
  const data = join(siteDir, 'data');
  const canonical = new Map<string, string[][]>();
  for (const name of DATASET_NAMES)
    canonical.set(name, parseCsv(await readFile(join(data, `${name}.csv`), 'utf8')).slice(1));
  const opened: Opened[] = [];
  const blank = (name: string) => datasetTable(name, []);
  for (const name of DATASET_NAMES) {
    const full = datasetTable(name, canonical.get(name)!);
    opened.push({ path: `xlsx/${name}.xlsx`, sheets: new Map([[name, full]]) });
    opened.push({ path: `templates/${name}.xlsx`, sheets: new Map([[name, blank(name)]]) });
  }
  opened.push({
    path: 'templates/all-datasets.xlsx',
    sheets: new Map(DATASET_NAMES.map((name) => [name, blank(name)])),
  });
  for await (const path of csvFiles(data)) {
    const text = await readFile(join(data, path), 'utf8');
    const [folder, file] = path.split('/');
    const name = file?.replace(/\.csv$/, '') ?? '';
    const dataset = (DATASET_NAMES as readonly string[]).includes(name) ? name : undefined;
    if (dataset && folder === 'excel')
      opened.push({
        path,
        sheets: new Map([['', datasetTable(dataset, canonical.get(dataset)!)]]),
      });
    else if (dataset && folder === 'templates')
      opened.push({ path, sheets: new Map([['', blank(dataset)]]) });
    else if (text.startsWith('\uFEFF'))
      opened.push({ path, sheets: new Map([['', ownTable(parseCsv(text))]]) });
  }
  return opened;
}

/** Opens every file in one LibreOffice per locale and kind, and compares each sheet. */
async function localeFailures(
  soffice: string,
  work: string,
  locale: Locale,
  opened: Opened[],
): Promise<string[]> {
  const profile = await makeProfile(join(work, `profile-${locale}`), locale);
  const out = join(work, `out-${locale}`);
  const inputs = join(work, 'in');
  const flat = (path: string) => path.replaceAll('/', '__');
  const csv = opened.filter((o) => o.path.endsWith('.csv')).map((o) => join(inputs, flat(o.path)));
  const xlsx = opened
    .filter((o) => o.path.endsWith('.xlsx'))
    .map((o) => join(inputs, flat(o.path)));
  const logs: string[] = [];
  if (csv.length)
    logs.push(
      await convert({
        soffice,
        profile,
        inputs: csv,
        outDir: out,
        to: 'fods',
        infilter: CSV_IMPORT,
      }),
    );
  if (xlsx.length)
    logs.push(await convert({ soffice, profile, inputs: xlsx, outDir: out, to: 'fods' }));
  const failures: string[] = [];
  for (const file of opened) {
    const label = `${file.path} [${locale}]`;
    const fods = await readFile(
      join(out, flat(file.path).replace(/\.\w+$/, '.fods')),
      'utf8',
    ).catch(() => undefined);
    if (fods === undefined) {
      failures.push(`${label}: LibreOffice did not open it (${logs.join(' ').slice(0, 500)})`);
      continue;
    }
    const sheets = readFods(fods);
    for (const [name, expected] of file.sheets) {
      const sheet = name === '' ? sheets[0] : sheets.find((s) => s.name === name);
      if (!sheet) failures.push(`${label}: no sheet named ${name}`);
      else failures.push(...compareSheet(name ? `${label} sheet ${name}` : label, sheet, expected));
    }
  }
  return failures;
}

export async function libreofficeFailures(siteDir: string): Promise<string[]> {
  const soffice = await findSoffice();
  if (!soffice) return [INSTALL_HINT];
  const work = await mkdtemp(join(tmpdir(), 'gn-libreoffice-'));
  try {
    const opened = await spreadsheetDownloads(siteDir);
    // Copies, so LibreOffice's lock files never land in the site, under names unique in one folder.
    await mkdir(join(work, 'in'));
    for (const { path } of opened)
      await copyFile(join(siteDir, 'data', path), join(work, 'in', path.replaceAll('/', '__')));
    const results = await Promise.all([
      ...LOCALES.map((locale) => localeFailures(soffice, work, locale, opened)),
      staffRoundTripFailures(soffice, siteDir, join(work, 'round-trip')),
    ]);
    return results.flat();
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
