/**
 * npm run bench:lighthouse [-- --runs 5] [--no-build]
 *
 * Lighthouse performance (mobile defaults: Moto G Power, simulated slow 4G, 4× CPU) on the five
 * pages the browser checks use, each run several times; prints the median, lowest and highest
 * score and the median of each metric, against the targets (95, the map 90). A figure, not a
 * gate: the score follows the load of the machine, so the load average is printed with it, and
 * the exit code says only whether every run worked. Builds the site into a temporary folder as
 * the browser checks do (or, with --no-build, uses a copy of dist/).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chooseLighthousePages } from '../test/browser/checks/lighthouse.ts';
import { CHROMIUM, launchForLighthouse } from '../test/browser/lib/browser.ts';
import { runLighthouse, scoreOf } from '../test/browser/lib/lighthouse.ts';
import { messageOf, table } from '../test/browser/lib/results.ts';
import {
  buildSite,
  freePort,
  removeSite,
  snapshotDist,
  startPreview,
  type Server,
} from '../test/browser/lib/server.ts';
import { sitemapPaths } from '../test/browser/lib/site.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  process.stdout.write('npm run bench:lighthouse [-- --runs N] [--no-build]\n');
  process.exit(0);
}
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  process.stderr.write(`--runs must be a whole number ≥ 1, not "${values.runs}"\n`);
  process.exit(2);
}

/** Lighthouse audit, column title, divisor of its numericValue (ms) and decimals shown. */
const METRICS = [
  ['first-contentful-paint', 'FCP s', 1000, 1],
  ['largest-contentful-paint', 'LCP s', 1000, 1],
  ['total-blocking-time', 'TBT ms', 1, 0],
  ['cumulative-layout-shift', 'CLS', 1, 3],
  ['speed-index', 'SI s', 1000, 1],
] as const;

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const target = (label: string) => (label === 'map' ? 90 : 95);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

let server: Server | undefined;
let siteDir: string | undefined;
let errors = 0;
try {
  const port = await freePort();
  siteDir = values['no-build'] ? snapshotDist('dist') : buildSite(`http://127.0.0.1:${port}`);
  server = await startPreview(port, siteDir);
  const pages = await chooseLighthousePages(server.origin, await sitemapPaths(server.origin));
  process.stdout.write(`\nload average before: ${load()}\n`);
  const rows: string[][] = [];
  const chrome = await launchForLighthouse();
  try {
    for (const page of pages) {
      const scores: number[] = [];
      const metrics = METRICS.map(() => [] as number[]);
      for (let run = 1; run <= RUNS; run++) {
        try {
          const lhr = await runLighthouse(chrome.port, `${server.origin}${page.path}`, [
            'performance',
          ]);
          const score = scoreOf(lhr, 'performance');
          if (score === undefined) throw new Error('no performance score');
          scores.push(score);
          METRICS.forEach(([id], i) => {
            const value = lhr.audits[id]?.numericValue;
            if (value !== undefined) metrics[i]!.push(value);
          });
          process.stdout.write(`  ${page.label} run ${run}/${RUNS}: ${score}\n`);
        } catch (error) {
          errors++;
          process.stdout.write(`  ${page.label} run ${run}/${RUNS}: ${messageOf(error)}\n`);
        }
      }
      const med = scores.length ? median(scores) : undefined;
      rows.push([
        page.label,
        page.path,
        med === undefined ? 'n/a' : String(med),
        scores.length ? `${Math.min(...scores)}–${Math.max(...scores)}` : 'n/a',
        `${scores.length}/${RUNS}`,
        ...METRICS.map(([, , unit, decimals], i) =>
          metrics[i]!.length ? (median(metrics[i]!) / unit).toFixed(decimals) : 'n/a',
        ),
        String(target(page.label)),
        med === undefined ? '' : med >= target(page.label) ? 'ok' : 'below',
      ]);
    }
  } finally {
    await chrome.close();
  }
  process.stdout.write(
    `\nLighthouse performance, mobile defaults, ${RUNS} runs a page, Chromium at ${CHROMIUM}\n${table(
      [
        'page',
        'path',
        'median',
        'range',
        'runs',
        ...METRICS.map(([, title]) => title),
        'target',
        '',
      ],
      rows,
      [2, 3, 4, 5, 6, 7, 8, 9, 10],
    )}\n  medians of the runs; load average after: ${load()} (a busy machine scores lower)\n`,
  );
} catch (error) {
  errors++;
  process.stderr.write(`bench:lighthouse: ${messageOf(error)}\n`);
} finally {
  await server?.stop();
  if (siteDir) removeSite(siteDir);
}
process.exitCode = errors === 0 ? 0 : 1;
