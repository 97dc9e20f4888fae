/**
 * The staff round trip with a spreadsheet we did not write: the blank poverty template is opened
 * in LibreOffice, one row is typed in under the header (codes as text, numbers as numbers,
 * Vietnamese text), LibreOffice saves it as .xlsx, and `npm run data:import` — run as staff run
 * it — imports it into a copy of the published data. It must report exactly that one row added,
 * nothing removed or changed, and write exactly that: every other file byte for byte as it was.
 *
 * The row is "typed" by editing the flat XML LibreOffice wrote for the template (what it would
 * save after typing), and the workbook is then written by LibreOffice itself.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { columnsOf, DATASET_NAMES, DATASETS } from '../../src/lib/schemas/datasets.ts';
import { convert, makeProfile } from './soffice.ts';

const REPO = resolve(import.meta.dirname, '..', '..');
const parseCsv = (text: string) => parse(text, { bom: true }) as string[][];
const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A valid new poverty row for whatever data the site was built from: a zero-led district code. */
function newRow(data: Map<string, string[][]>): Record<string, string> {
  const [areaHeader, ...areas] = data.get('areas')!;
  const [, ...sources] = data.get('sources')!;
  const [povertyHeader, ...poverty] = data.get('poverty')!;
  const code = areaHeader!.indexOf('code');
  const area = areas.find(
    (a) => /^0\d/.test(a[code]!) && a[areaHeader!.indexOf('level')] === 'district',
  );
  const source = sources[0]![0]!;
  const keyOf = (year: string) => [year, area![code], 'preliminary', source].join('|');
  const at = (name: string) => povertyHeader!.indexOf(name);
  const taken = new Set(
    poverty.map((r) =>
      [r[at('year')], r[at('area_code')], r[at('status')], r[at('source_id')]].join('|'),
    ),
  );
  const year = ['2020', '2019', '2018', '2017', '2016'].find((y) => !taken.has(keyOf(y)))!;
  return {
    year,
    area_code: area![code]!,
    status: 'preliminary',
    households_total: '8000',
    poor_households: '120',
    poverty_rate_pct: '1.5',
    source_id: source,
    year_basis: 'stated',
    source_quote: 'còn 120 hộ nghèo, chiếm 1,5%',
    note_vi: 'Dòng thử: nhập từ mẫu đã điền bằng LibreOffice (Bắc Kạn, Chợ Đồn).',
    note_en: 'Test row typed into the template in LibreOffice.',
  };
}

function rowXml(row: Record<string, string>): string {
  const cells = columnsOf(DATASETS.poverty).map(({ name, meta }) => {
    const value = row[name] ?? '';
    if (value === '') return '<table:table-cell/>';
    if (meta.type === 'string' || meta.type === 'date')
      return `<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>${xml(value)}</text:p></table:table-cell>`;
    return `<table:table-cell office:value-type="float" office:value="${value}" calcext:value-type="float"><text:p>${value}</text:p></table:table-cell>`;
  });
  return `<table:table-row>${cells.join('')}</table:table-row>`;
}

function importScript(workbook: string, out: string) {
  return promisify(execFile)(
    'npm',
    ['run', '--silent', 'data:import', '--', workbook, '--out', out, '--lang', 'en'],
    { cwd: REPO, maxBuffer: 16 * 1024 * 1024 },
  ).then(
    (r) => ({ code: 0, output: r.stdout + r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({
      code: e.code ?? -1,
      output: `${e.stdout ?? ''}${e.stderr ?? ''}`,
    }),
  );
}

export async function staffRoundTripFailures(
  soffice: string,
  siteDir: string,
  work: string,
): Promise<string[]> {
  const dataDir = join(work, 'data');
  await mkdir(dataDir, { recursive: true });
  const before = new Map<string, string>();
  for (const name of DATASET_NAMES) {
    await copyFile(join(siteDir, 'data', `${name}.csv`), join(dataDir, `${name}.csv`));
    before.set(name, await readFile(join(dataDir, `${name}.csv`), 'utf8'));
  }
  const data = new Map([...before].map(([name, text]) => [name, parseCsv(text)]));
  const row = newRow(data);
  const profile = await makeProfile(join(work, 'profile'), 'vi-VN');

  // Open the template in LibreOffice and type the row under the header.
  await copyFile(join(siteDir, 'data', 'templates', 'poverty.xlsx'), join(work, 'template.xlsx'));
  await convert({
    soffice,
    profile,
    inputs: [join(work, 'template.xlsx')],
    outDir: work,
    to: 'fods',
  });
  const template = await readFile(join(work, 'template.fods'), 'utf8').catch(() => '');
  const sheetAt = template.indexOf('<table:table table:name="poverty"');
  const headerEnd = template.indexOf('</table:table-row>', sheetAt);
  if (sheetAt < 0 || headerEnd < 0)
    return ['round trip: LibreOffice showed no poverty sheet in templates/poverty.xlsx'];
  const cut = headerEnd + '</table:table-row>'.length;
  await mkdir(join(work, 'filled'));
  await writeFile(
    join(work, 'filled', 'poverty.fods'),
    `${template.slice(0, cut)}${rowXml(row)}${template.slice(cut)}`,
  );
  await convert({
    soffice,
    profile,
    inputs: [join(work, 'filled', 'poverty.fods')],
    outDir: join(work, 'filled'),
    to: 'xlsx:Calc MS Excel 2007 XML',
  });
  const workbook = join(work, 'filled', 'poverty.xlsx');
  if (
    !(await readFile(workbook).then(
      () => true,
      () => false,
    ))
  )
    return ['round trip: LibreOffice did not save the filled template as .xlsx'];

  const { code, output } = await importScript(workbook, dataDir);
  const failures: string[] = [];
  const say = (message: string) =>
    failures.push(`round trip: ${message}\n${output.slice(0, 3000)}`);
  if (code !== 0) say(`npm run data:import exited with ${code}`);
  if (!/Sheet "poverty" → .*: rows added 1, removed 0, changed 0\b/.test(output))
    say('the import did not report exactly one row added, none removed or changed');
  const added = [...output.matchAll(/^ {2}\+ row \d+: (.*)$/gm)].map((m) => parseCsv(m[1]!)[0]);
  const expected = columnsOf(DATASETS.poverty).map(({ name }) => row[name] ?? '');
  if (added.length !== 1 || JSON.stringify(added[0]) !== JSON.stringify(expected))
    say(
      `the import reported ${JSON.stringify(added)}, not the typed row ${JSON.stringify(expected)}`,
    );
  if (/^ {2}[~-] /m.test(output)) say('the import reported a changed or removed row');
  // The importer repairs what a spreadsheet did to a cell (a code's lost zero); none is expected.
  if (/^ {2}row \d+, .*\[.*\]: /m.test(output))
    say('the import had to repair cells LibreOffice saved');
  for (const name of DATASET_NAMES) {
    const after = await readFile(join(dataDir, `${name}.csv`), 'utf8');
    if (name !== 'poverty') {
      if (after !== before.get(name)) say(`${name}.csv changed`);
      continue;
    }
    const rows = (text: string) =>
      parseCsv(text)
        .map((r) => JSON.stringify(r))
        .sort();
    const want = [...rows(before.get(name)!), JSON.stringify(expected)].sort();
    if (JSON.stringify(rows(after)) !== JSON.stringify(want))
      say('poverty.csv is not the old rows plus the typed row');
  }
  return failures.slice(0, 1).concat(failures.slice(1).map((f) => f.split('\n')[0]!));
}
