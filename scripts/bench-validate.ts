/**
 * npm run bench:validate [-- --rows 250000,1000000 --pairs 5 --reference]
 * node scripts/bench-validate.ts --rows 300000 --write f.csv; node --cpu-prof scripts/bench-validate.ts --child full --file f.csv
 *
 * Writes a synthetic poverty-shaped CSV (Vietnamese quotes and notes, like real rows) for each
 * row count, then times papaparse's own streaming parse and the full validation of that file as
 * two separate whole processes, run in turns (parse, full, parse, full…) so that whatever else
 * the machine does weighs on both alike. Per size it prints the median CPU-time ratio, the median
 * wall ratio and the median peak RSS of each, the live memory of one more (untimed) process of
 * each (see liveSampler), then the memory growth between the sizes.
 * Budget: CPU ratio ≤ 2, peak RSS ≤ twice papaparse's and flat as rows grow.
 *
 * CPU, wall and peak RSS come from `/usr/bin/time -v` when it exists, otherwise from the child's
 * own `process.resourceUsage()`. `--reference` adds the old path (validateFileReference) as a
 * third process per turn, for before/after figures from the same run.
 *
 * Measured on the 2-core dev machine (5 turns, medians, /usr/bin/time -v; the default command):
 *   before this work (the figures): CPU ratio 6.4 at 1M rows; peak RSS 588 MB at 1M
 *   with the strict reader, packed keys and a generated row reader: 2.50 (250k), 2.66 (1M)
 *   now — cells converted from character codes, first lines in pages, rules at their own call
 *   sites, Node's compile cache (startup 0.23 → 0.08 s CPU):
 *   250k rows: CPU ratio 1.89, wall 1.79; peak RSS 195 MB (papaparse 160); live 25.1 MB (16.0)
 *   1M rows:   CPU ratio 1.92, wall 1.83; peak RSS 257 MB (papaparse 244); live 33.7 MB (19.0)
 *   growth 250k → 1M: peak RSS +62 MB (papaparse itself +84); live +8.5 MB (papaparse +3.0)
 *   the same with NODE_COMPILE_CACHE unset (Node run directly, not through with-deps.sh): 2.02, 1.87
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import type { References } from '../src/lib/data/rules/context.ts';
import type { DatasetDefinition, DatasetName } from '../src/lib/schemas/datasets.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '250000,1000000' },
    pairs: { type: 'string', default: '5' },
    reference: { type: 'boolean', default: false },
    child: { type: 'string' },
    file: { type: 'string' },
    /** In a child: sample live memory after a full GC every 100,000 rows (not timed). */
    live: { type: 'boolean', default: false },
    /** Only write the synthetic file (of the first --rows), e.g. to profile one mode on it. */
    write: { type: 'string' },
  },
});
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
  const { DATASETS } = await import('../src/lib/schemas/datasets.ts');
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

type Mode = 'parse' | 'full' | 'reference';

/**
 * One measured process: what it does, then its own resource usage as JSON on stdout. Each
 * process loads only what its mode needs (papaparse does not pay for zod and the schemas).
 */
/**
 * What stays reachable while a file is read: the heap and external memory (buffers, typed
 * arrays) after a full garbage collection, sampled every 100,000 rows, at most. Unlike peak RSS,
 * which follows the collector's appetite, it grows with rows only if something is kept per row.
 */
function liveSampler(enabled: boolean) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (enabled && !gc) throw new Error('--live needs node --expose-gc (npm run bench:validate)');
  let rows = 0;
  let maxMb = 0;
  return {
    row(): void {
      if (!enabled || ++rows % 100_000 !== 0) return;
      gc!();
      const { heapUsed, external } = process.memoryUsage();
      maxMb = Math.max(maxMb, (heapUsed + external) / 1048576);
    },
    get maxMb() {
      return maxMb;
    },
  };
}

async function child(mode: Mode, file: string): Promise<void> {
  let count = 0;
  const live = liveSampler(values.live);
  if (mode === 'parse') {
    const { default: Papa } = await import('papaparse');
    await new Promise<void>((resolve, reject) => {
      Papa.parse<string[]>(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), {
        delimiter: ',',
        newline: '\n',
        step: values.live
          ? () => {
              count++;
              live.row();
            }
          : () => void count++,
        complete: () => resolve(),
        error: reject,
      });
    });
  } else {
    const { DATASETS } = await import('../src/lib/schemas/datasets.ts');
    const dataset = DATASETS.poverty as DatasetDefinition & { name: DatasetName };
    const run =
      mode === 'full'
        ? (await import('../src/lib/data/validateFile.ts')).validateFile
        : (await import('../src/lib/data/reference/validateFileReference.ts'))
            .validateFileReference;
    const result = await run(dataset, file, createReadStream(file, { highWaterMark: 1 << 20 }), {
      refs: references(),
      onValidRow: values.live ? () => live.row() : undefined,
    });
    count = result.problems.length;
  }
  const usage = process.resourceUsage();
  process.stdout.write(
    JSON.stringify({
      count,
      cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      rssMb: usage.maxRSS / 1024,
      liveMb: live.maxMb,
    }),
  );
}

interface Sample {
  cpu: number;
  wall: number;
  rssMb: number;
  /** With --live: the most memory reachable after a full GC (see liveSampler). */
  liveMb: number;
  count: number;
  via: string;
}

const TIME = '/usr/bin/time';

/** Runs one child process; prefers /usr/bin/time -v's figures, which include Node's startup. */
async function sample(mode: Mode, file: string, live = false): Promise<Sample> {
  const self = process.argv[1]!;
  const args = [...process.execArgv, self, '--child', mode, '--file', file];
  if (live) args.push('--live');
  const useTime = existsSync(TIME);
  const [command, argv] = useTime
    ? [TIME, ['-v', process.execPath, ...args]]
    : [process.execPath, args];
  const start = performance.now();
  const proc = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout.on('data', (d: Buffer) => (out += d));
  proc.stderr.on('data', (d: Buffer) => (err += d));
  const [code] = (await once(proc, 'close')) as [number];
  const wall = (performance.now() - start) / 1000;
  if (code !== 0) throw new Error(`${mode} child failed (${code}):\n${err}`);
  const own = JSON.parse(out) as { count: number; cpu: number; rssMb: number; liveMb: number };
  if (!useTime) return { ...own, wall, via: 'process.resourceUsage()' };
  const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(err)?.[1]);
  return {
    count: own.count,
    liveMb: own.liveMb,
    cpu: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
    rssMb: field('Maximum resident set size \\(kbytes\\)') / 1024,
    wall,
    via: '/usr/bin/time -v',
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function benchSize(dir: string, rows: number, pairs: number, modes: Mode[]) {
  const file = join(dir, `poverty-${rows}.csv`);
  await writeSynthetic(file, rows);
  const size = (await stat(file)).size;
  const samples = new Map<Mode, Sample[]>(modes.map((m) => [m, []]));
  for (let p = 0; p < pairs; p++) {
    // Alternate which goes first, so neither always runs on a warmer (or busier) machine.
    const turn = p % 2 === 0 ? modes : [...modes].reverse();
    for (const mode of turn) samples.get(mode)!.push(await sample(mode, file));
  }
  // One more, untimed process of each: its live memory (the GCs it forces would skew time).
  const live = new Map<Mode, number>();
  for (const mode of modes) live.set(mode, (await sample(mode, file, true)).liveMb);
  await rm(file, { force: true });
  const parse = samples.get('parse')!;
  const ratios = (mode: Mode, key: 'cpu' | 'wall') =>
    median(samples.get(mode)!.map((s, i) => s[key] / parse[i]![key]));
  const lines = [
    `${rows.toLocaleString('en')} rows, ${(size / 1048576).toFixed(1)} MB, ${pairs} turns, via ${parse[0]!.via}`,
    'process          CPU s   wall s   peak RSS MB   live MB   CPU ratio   wall ratio   problems',
  ];
  const result: Partial<Record<Mode, { rssMb: number; liveMb: number; cpuRatio: number }>> = {};
  for (const mode of modes) {
    const s = samples.get(mode)!;
    const rssMb = median(s.map((x) => x.rssMb));
    const liveMb = live.get(mode)!;
    result[mode] = { rssMb, liveMb, cpuRatio: mode === 'parse' ? 1 : ratios(mode, 'cpu') };
    const name = { parse: 'papaparse only', full: 'full validation', reference: 'reference (old)' };
    lines.push(
      [
        name[mode].padEnd(15),
        median(s.map((x) => x.cpu))
          .toFixed(2)
          .padStart(6),
        median(s.map((x) => x.wall))
          .toFixed(2)
          .padStart(8),
        rssMb.toFixed(0).padStart(13),
        liveMb.toFixed(1).padStart(9),
        (mode === 'parse' ? '' : ratios(mode, 'cpu').toFixed(2)).padStart(11),
        (mode === 'parse' ? '' : ratios(mode, 'wall').toFixed(2)).padStart(12),
        String(s[0]!.count).padStart(10),
      ].join(' '),
    );
  }
  console.log(lines.join('\n'));
  return result;
}

if (values.child) {
  await child(values.child as Mode, values.file!);
} else if (values.write) {
  await writeSynthetic(values.write, Number(values.rows.split(',')[0]));
} else {
  const sizes = values.rows.split(',').map(Number);
  const modes: Mode[] = values.reference ? ['parse', 'full', 'reference'] : ['parse', 'full'];
  const dir = await mkdtemp(join(tmpdir(), 'gn-bench-'));
  try {
    const results: Awaited<ReturnType<typeof benchSize>>[] = [];
    for (const rows of sizes) {
      results.push(await benchSize(dir, rows, Number(values.pairs), modes));
      console.log('');
    }
    if (results.length > 1) {
      const first = results[0]!;
      const last = results.at(-1)!;
      const span = `${sizes[0]!.toLocaleString('en')} → ${sizes.at(-1)!.toLocaleString('en')} rows`;
      const growth = (a: number, b: number, digits: number) =>
        `${a.toFixed(digits)} → ${b.toFixed(digits)} MB (${(b - a >= 0 ? '+' : '') + (b - a).toFixed(digits)} MB)`;
      for (const mode of modes) {
        console.log(
          `${span}, ${mode}: peak RSS ${growth(first[mode]!.rssMb, last[mode]!.rssMb, 0)}; live ${growth(first[mode]!.liveMb, last[mode]!.liveMb, 1)}`,
        );
      }
    }
    console.log(
      'Budget: CPU ratio ≤ 2.0; full peak RSS ≤ 2 × papaparse and flat as rows grow (live MB: what stays reachable after a full GC, sampled every 100,000 rows).',
    );
    sizes.forEach((rows, i) => {
      const { parse, full } = results[i]!;
      const verdict = (ok: boolean) => (ok ? 'within' : 'OVER');
      console.log(
        `${rows.toLocaleString('en')} rows: CPU ratio ${full!.cpuRatio.toFixed(2)} ${verdict(full!.cpuRatio <= 2)}; peak RSS ${(full!.rssMb / parse!.rssMb).toFixed(2)} × papaparse's ${verdict(full!.rssMb <= 2 * parse!.rssMb)}`,
      );
    });
    if (results.length > 1) {
      // What the validation keeps beyond papaparse, per row added: 0 would be perfectly flat.
      const extra = (r: (typeof results)[number]) => r.full!.liveMb - r.parse!.liveMb;
      const bytes =
        ((extra(results.at(-1)!) - extra(results[0]!)) * 1048576) / (sizes.at(-1)! - sizes[0]!);
      console.log(`live memory beyond papaparse's, per row added: ${bytes.toFixed(1)} bytes`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
