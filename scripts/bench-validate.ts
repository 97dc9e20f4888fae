/**
 * npm run bench:validate [-- --rows 1000000]
 * Writes a synthetic poverty-shaped CSV to a temporary folder, then in one run times papaparse
 * parsing alone and the full validation of the same file, and prints rows per second, the ratio
 * full/parse and the peak memory of each phase. Budget: ratio ≤ 2 and memory that stays flat.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import type { References } from '../src/lib/data/rules/context.ts';
import { validateFile } from '../src/lib/data/validateFile.ts';
import { DATASETS, type DatasetDefinition, type DatasetName } from '../src/lib/schemas/datasets.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' } } });
const ROWS = Number(values.rows);
const PROVINCES = 63;
const DISTRICTS_PER_PROVINCE = 11;
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020];
const STATUSES = ['preliminary', 'final', 'unspecified'];

/** Synthetic units and sources: every name says it is synthetic. */
function references(): References {
  const refs: References = { areas: new Map(), sources: new Map() };
  for (let p = 1; p <= PROVINCES; p++) {
    const province = String(p).padStart(2, '0');
    refs.areas.set(province, { level: 'province' });
    for (let d = 0; d < DISTRICTS_PER_PROVINCE; d++) {
      refs.areas.set(districtCode(p, d), { level: 'district', parent_code: province });
    }
  }
  for (let s = 0; s < 200; s++) refs.sources.set(`synthetic-source-${s}`, {});
  return refs;
}

function districtCode(p: number, d: number): string {
  return String(p * 12 + d).padStart(3, '0');
}

async function writeSynthetic(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${Object.keys(DATASETS.poverty.schema.shape).join(',')}\n`);
  const combos = PROVINCES * DISTRICTS_PER_PROVINCE * YEARS.length * STATUSES.length;
  for (let i = 0; i < rows; i++) {
    const c = i % combos;
    const source = Math.floor(i / combos);
    const year = YEARS[c % YEARS.length]!;
    const status = STATUSES[Math.floor(c / YEARS.length) % STATUSES.length]!;
    const district = Math.floor(c / (YEARS.length * STATUSES.length));
    const area = districtCode(
      1 + Math.floor(district / DISTRICTS_PER_PROVINCE),
      district % DISTRICTS_PER_PROVINCE,
    );
    const total = 5000 + (i % 9000);
    const poor = (i * 7) % 2000;
    const near = (i * 3) % 1500;
    const rate = ((poor / total) * 100).toFixed(2);
    const nearRate = ((near / total) * 100).toFixed(2);
    // Shaped like a real row: the year basis, the source's sentence and a note in both languages.
    const quote = `còn ${poor} hộ nghèo trên ${total} hộ (câu trích giả lập)`;
    const line = `${year},${area},${status},${total},${poor},${near},${rate},${nearRate},,,synthetic-source-${source},stated,${quote},dòng giả lập,synthetic row\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs `work` while sampling memory; returns seconds and peak RSS/heap in MB. */
async function measure(work: () => Promise<void>) {
  globalThis.gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const start = performance.now();
  await work();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  const mb = (n: number) => Math.round(n / 1048576);
  return { seconds, peakRssMb: mb(peakRss), heapGrowthMb: mb(peakHeap - base.heapUsed) };
}

const dir = await mkdtemp(join(tmpdir(), 'gn-bench-'));
try {
  const file = join(dir, 'poverty.csv');
  await writeSynthetic(file, ROWS);
  const size = (await stat(file)).size;
  const refs = references();
  let parsedRows = 0;
  const parse = await measure(
    () =>
      new Promise<void>((resolve, reject) => {
        Papa.parse<string[]>(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), {
          delimiter: ',',
          newline: '\n',
          step: () => void parsedRows++,
          complete: () => resolve(),
          error: reject,
        });
      }),
  );
  let problems = 0;
  const full = await measure(async () => {
    const dataset = DATASETS.poverty as DatasetDefinition & { name: DatasetName };
    const result = await validateFile(
      dataset,
      file,
      createReadStream(file, { highWaterMark: 1 << 20 }),
      { refs },
    );
    problems = result.problems.length;
  });
  const rate = (s: number) => Math.round(ROWS / s).toLocaleString('en');
  console.log(
    `Synthetic poverty.csv: ${ROWS.toLocaleString('en')} rows, ${(size / 1048576).toFixed(1)} MB (parsed rows incl. header: ${parsedRows})`,
  );
  console.log('phase            seconds   rows/s        peak RSS MB   heap growth MB');
  console.log(
    `papaparse only   ${parse.seconds.toFixed(2).padStart(7)}   ${rate(parse.seconds).padStart(11)}   ${String(parse.peakRssMb).padStart(11)}   ${String(parse.heapGrowthMb).padStart(14)}`,
  );
  console.log(
    `full validation  ${full.seconds.toFixed(2).padStart(7)}   ${rate(full.seconds).padStart(11)}   ${String(full.peakRssMb).padStart(11)}   ${String(full.heapGrowthMb).padStart(14)}`,
  );
  console.log(
    `ratio full/parse: ${(full.seconds / parse.seconds).toFixed(2)} (budget ≤ 2); problems found: ${problems}`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
