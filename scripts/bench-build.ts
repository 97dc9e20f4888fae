/**
 * npm run bench:build [-- --provinces 1,8,63] [--seed N] [--skip-real] [--keep]
 *
 * In one run, builds the site from the real data/ and from synthetic data at 1, 8 and 63
 * provinces (about 700 districts), each as `npm run build` does it (validate → astro build →
 * Pagefind index) but into its own temporary folder, never dist/. For each build it prints pages,
 * seconds (wall clock and CPU), pages per second, peak memory, the size of the output, the share
 * of each kind of file in it (HTML, PNG, SVG, CSV, JSON, XLSX, fonts, JS, search index…), and
 * the bytes a search fetches, measured in Chromium against the built site served with gzip as a
 * static host would; then the growth of the time per page and the targets of a national build.
 * Temporary folders are removed at the end (unless --keep).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { chromium } from 'playwright-core';
import { checkTargets, formatTable, formatTargets, type BuildMeasure } from './lib/benchReport.ts';
import { foldVietnamese } from '../src/lib/text/fold.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { childrenCpuSeconds } from './lib/cpuTime.ts';
import { bytesByKind, formatShares, type KindBytes } from './lib/outputKinds.ts';
import { serveStatic } from './lib/staticServer.ts';
import { writeSynthetic } from './generate-synthetic.ts';

const { values } = parseArgs({
  options: {
    provinces: { type: 'string', default: '1,8,63' },
    seed: { type: 'string', default: '1' },
    'skip-real': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const PROVINCE_COUNTS = values.provinces
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const log = (s: string) => process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------------------------------------
// Running a step: wall time, CPU time (user + system of the whole process tree: through
// /usr/bin/time when present, else from this process's waited-for children in /proc/self/stat)
// and the peak resident memory of the whole process tree, sampled from /proc every 100 ms.

interface StepResult {
  seconds: number;
  cpuSeconds?: number | undefined;
  peakMb: number;
}

function descendants(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) out.push(...children.split(/\s+/).map(Number));
      } catch {
        // the task ended meanwhile
      }
    }
  }
  return out;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

async function runStep(
  name: string,
  args: string[],
  env: Record<string, string>,
  logFile: string,
): Promise<StepResult> {
  const timeFile = `${logFile}.time`;
  const command = TIME
    ? [TIME, '-f', '%e %U %S %M', '-o', timeFile, process.execPath, ...args]
    : [process.execPath, ...args];
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  const out = createWriteStream(logFile);
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  let peakTreeKb = 0;
  let peakProcessKb = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of descendants(child.pid)) {
      sum += statusKb(pid, 'VmRSS');
      peakProcessKb = Math.max(peakProcessKb, statusKb(pid, 'VmHWM'));
    }
    peakTreeKb = Math.max(peakTreeKb, sum);
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(timer);
  out.end();
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = childrenCpuSeconds();
  let cpuSeconds =
    cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  if (TIME && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
    const [, user, system, maxKb] = last.split(' ').map(Number);
    if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = user! + system!;
    if (Number.isFinite(maxKb)) peakProcessKb = Math.max(peakProcessKb, maxKb!);
  }
  if (code !== 0) {
    throw new Error(`${name} failed (exit ${code}); see ${logFile}:\n${tail(logFile)}`);
  }
  return { seconds, cpuSeconds, peakMb: Math.max(peakTreeKb, peakProcessKb) / 1024 };
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Sizes of the output.

async function walk(dir: string): Promise<{ path: string; size: number }[]> {
  const out: { path: string; size: number }[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.push({ path, size: (await stat(path)).size });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Serving a build and measuring what one search fetches.

interface SearchMeasure {
  query: string;
  results: number;
  sent: number;
  raw: number;
  indexSent: number;
}

async function measureSearch(outDir: string, queries: string[]): Promise<SearchMeasure[]> {
  const server = await serveStatic(outDir, { gzip: true });
  const served = server.log;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const measures: SearchMeasure[] = [];
  try {
    for (const query of queries) {
      // A fresh context: nothing cached, as for a first-time reader.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'load' });
      const before = served.length;
      await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(query)}`, {
        waitUntil: 'load',
      });
      await page.waitForFunction(
        () => {
          const status = document.querySelector('.search-status')?.textContent ?? '';
          const messages = JSON.parse(
            document.querySelector<HTMLElement>('gn-search')?.dataset.messages ?? '{}',
          ) as { loading?: string };
          return status !== '' && status !== messages.loading;
        },
        undefined,
        { timeout: 60_000 },
      );
      await page.waitForLoadState('networkidle');
      const results = await page.locator('.search-results li').count();
      const fetched = served.slice(before).filter((s) => s.path.includes('/pagefind/'));
      measures.push({
        query,
        results,
        sent: fetched.reduce((n, s) => n + s.sent, 0),
        raw: fetched.reduce((n, s) => n + s.raw, 0),
        indexSent: fetched
          .filter((s) => /\.pf_(meta|index|fragment|filter)$/.test(s.path))
          .reduce((n, s) => n + s.sent, 0),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return measures;
}

/** Two searches per build: a word on almost every page, and one area's name without accents. */
function queriesFor(dataDir: string): string[] {
  const { data } = Papa.parse<Record<string, string>>(
    readFileSync(join(dataDir, 'areas.csv'), 'utf8'),
    { header: true, skipEmptyLines: true },
  );
  const last = data.filter((a) => a.level === 'district').at(-1) ?? data.at(-1);
  const name = foldVietnamese(last?.name ?? '')
    .replace(/\(.*\)/, '')
    .trim()
    .toLowerCase();
  return ['huyen', name].filter(Boolean);
}

// ---------------------------------------------------------------------------------------------

async function bench(
  label: string,
  dataDir: string,
  outDir: string,
  synthetic: boolean,
): Promise<BuildMeasure> {
  log(`\n▶ ${label}: ${dataDir}`);
  const env = { DATA_DIR: dataDir };
  const logBase = join(root, `${basename(outDir)}.log`);
  const steps: BuildMeasure['steps'] = [];
  const run = async (name: string, args: string[]) => {
    const r = await runStep(`${label} ${name}`, args, env, `${logBase}.${name}`);
    steps.push({ name, ...r });
    log(
      `  ${name}: ${r.seconds.toFixed(1)} s${r.cpuSeconds === undefined ? '' : ` (CPU ${r.cpuSeconds.toFixed(1)} s)`}, peak ${r.peakMb.toFixed(0)} MB`,
    );
  };
  await run('validate', ['scripts/validate-data.ts', dataDir]);
  await run('astro', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir]);
  await run('pagefind', ['scripts/index-search.ts', outDir]);
  const files = await walk(outDir);
  const pages = files.filter((f) => f.path.endsWith('.html')).length;
  const searchFiles = files.filter((f) => f.path.startsWith(join(outDir, 'pagefind') + sep));
  shares.push({
    label,
    bytes: bytesByKind(
      files.map((f) => ({ path: relative(outDir, f.path).split(sep).join('/'), size: f.size })),
    ),
  });
  const searches = await measureSearch(outDir, queriesFor(dataDir));
  for (const s of searches) {
    log(
      `  search "${s.query}": ${s.results} results shown, ${(s.sent / 1024).toFixed(1)} KB fetched (${(s.raw / 1024).toFixed(1)} KB uncompressed; index data ${(s.indexSent / 1024).toFixed(1)} KB)`,
    );
  }
  const heaviest = [...searches].sort((a, b) => b.sent - a.sent)[0];
  const areas = Papa.parse(readFileSync(join(dataDir, 'areas.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.length;
  const cpu = steps.every((s) => s.cpuSeconds !== undefined)
    ? steps.reduce((n, s) => n + s.cpuSeconds!, 0)
    : undefined;
  return {
    label,
    synthetic,
    areas,
    pages,
    files: files.length,
    seconds: steps.reduce((n, s) => n + s.seconds, 0),
    cpuSeconds: cpu,
    steps,
    peakMb: Math.max(...steps.map((s) => s.peakMb)),
    distBytes: files.reduce((n, f) => n + f.size, 0),
    searchIndexBytes: searchFiles.reduce((n, f) => n + f.size, 0),
    searchFetchBytes: heaviest?.sent,
    searchFetchRawBytes: heaviest?.raw,
    searchIndexFetchBytes: heaviest?.indexSent,
    searchQuery: heaviest?.query,
  };
}

// Synthetic data goes to the system's temporary folder. The builds go under .bench/ in the project:
// Astro renders through a scratch folder next to outDir when outDir is inside the working
// directory, but through the shared .astro/.prerender/ when it is not, and two builds at the same
// time then delete each other's files.
const root = await mkdtemp(join(tmpdir(), 'gn-bench-'));
await mkdir('.bench', { recursive: true });
const outRoot = await mkdtemp(join(resolve('.bench'), 'build-'));
const loadBefore = loadavg()[0]!;
const results: BuildMeasure[] = [];
const shares: { label: string; bytes: KindBytes }[] = [];
let failed = false;
try {
  if (!values['skip-real'])
    results.push(await bench('real data/', 'data', join(outRoot, 'real'), false));
  for (const provinces of PROVINCE_COUNTS) {
    const dir = join(root, `synthetic-${provinces}`);
    const made = await writeSynthetic(dir, { provinces, seed: Number(values.seed) });
    results.push(
      await bench(
        `synthetic ${provinces} prov. (${made.districts} distr.)`,
        dir,
        join(outRoot, `synthetic-${provinces}`),
        true,
      ),
    );
  }
} catch (error) {
  failed = true;
  log(`\n${(error as Error).message}`);
} finally {
  if (values.keep) log(`\nKept ${root} and ${outRoot}`);
  else {
    await rm(root, { recursive: true, force: true });
    await rm(outRoot, { recursive: true, force: true });
  }
}

if (results.length > 0) {
  process.stdout.write(`\n${formatTable(results)}\n\n`);
  process.stdout.write(
    `${results
      .map(
        (r) =>
          `${r.label}: ${r.steps.map((s) => `${s.name} ${s.seconds.toFixed(1)} s${s.cpuSeconds === undefined ? '' : ` (CPU ${s.cpuSeconds.toFixed(1)} s)`}`).join(', ')}; heaviest search "${r.searchQuery ?? '–'}" fetched ${((r.searchFetchBytes ?? 0) / 1024).toFixed(1)} KB, of which index data ${((r.searchIndexFetchBytes ?? 0) / 1024).toFixed(1)} KB`,
      )
      .join('\n')}\n\n`,
  );
  process.stdout.write(
    `Output by kind, MB (1 MB = 1024² bytes) and share of the build's bytes:\n${formatShares(shares)}\n\n`,
  );
  process.stdout.write(`${formatTargets(checkTargets(results))}\n`);
  process.stdout.write(
    `\npages = HTML files; seconds = validate + astro build + search index, wall clock; CPU s = user + system time of the same steps' process trees; peak = highest resident memory of the build's process tree; search KB = bytes of /pagefind/ requests for one query in a fresh Chromium context, served with gzip. Load average ${loadBefore.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end (on a shared machine wall-clock times include other work; CPU s does not).\n`,
  );
}
process.exit(failed ? 1 : 0);
