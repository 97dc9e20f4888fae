/**
 * The quality gates that need a real browser, on the built site served locally: journeys at a
 * phone and a desktop size, axe (WCAG 2.2 AA) on every page, the Nu HTML Checker, links and
 * downloads, Lighthouse on five pages and page weight against budgets. Run by `npm test` through
 * scripts/run-checks.ts, or alone:
 *
 *   npm run test:browser -- [--no-build] [--only journeys,narrow,charts,search,embed,axe,html,links,language,lighthouse,weight]
 *                           [--report results.json]
 *
 * Needs Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) and Java 17 for vnu. Each check
 * is one test; failures name the page and the rule. The closing line is
 * "browser checks: N passed, N failed, N skipped"; --report writes the counts as JSON.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { checkAxe } from './checks/axe.ts';
import { checkHtml } from './checks/html.ts';
import { checkPrinted } from './checks/printed.ts';
import { dataDir } from '../../src/site/siteData.ts';
import { checkJourneys } from './checks/journeys.ts';
import { checkLanguage } from './checks/language.ts';
import { checkLighthouse, chooseLighthousePages } from './checks/lighthouse.ts';
import { checkLinks } from './checks/links.ts';
import { checkMap } from './checks/map.ts';
import { checkSearch } from './checks/search.ts';
import { checkEmbed } from './checks/embed.ts';
import { checkNarrow } from './checks/narrow.ts';
import { checkChartText } from './checks/chartText.ts';
import { checkWeight } from './checks/weight.ts';
import { launchBrowser } from './lib/browser.ts';
import { Results, messageOf } from './lib/results.ts';
import {
  buildSite,
  freePort,
  removeSite,
  snapshotDist,
  startPreview,
  type Server,
} from './lib/server.ts';
import { htmlFiles, sitemapPaths } from './lib/site.ts';

const GROUPS = [
  'html',
  'links',
  'language',
  'journeys',
  'map',
  'narrow',
  'charts',
  'search',
  'embed',
  'axe',
  'weight',
  'lighthouse',
] as const;
type Group = (typeof GROUPS)[number];

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    report: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  process.stdout.write(
    'npm run test:browser -- [--no-build] [--only html,links,language,journeys,narrow,charts,search,embed,axe,weight,lighthouse] [--report results.json]\n',
  );
  process.exit(0);
}
const only = new Set<Group>(
  values.only ? (values.only.split(',').map((s) => s.trim()) as Group[]) : GROUPS,
);
for (const g of only) {
  if (!GROUPS.includes(g)) {
    process.stderr.write(`unknown group "${g}"; groups: ${GROUPS.join(', ')}\n`);
    process.exit(2);
  }
}

const results = new Results();
const started = performance.now();
// Only there for a hung browser or server; a busy machine takes 2–3 times the usual 3–4 minutes.
const LIMIT_MINUTES = 30;

function writeReport(): void {
  if (!values.report) return;
  const passed = results.count('pass');
  const failed = results.count('fail');
  const skipped = results.count('skip');
  writeFileSync(
    values.report,
    JSON.stringify({ passed, failed, skipped, results: results.all }, null, 2),
  );
}

// A hung browser or server must not hold CI: past the limit, what ran is reported and it stops.
setTimeout(() => {
  results.fail('watchdog', `browser checks finish within ${LIMIT_MINUTES} min`, '(run)', 'stopped');
  writeReport();
  process.stdout.write(`\nbrowser checks stopped after ${LIMIT_MINUTES} min\n`);
  process.exit(1);
}, LIMIT_MINUTES * 60_000).unref();
const timings: string[] = [];
let server: Server | undefined;
let siteDir: string | undefined;
let browser: Browser | undefined;

async function timed(group: Group, body: () => Promise<void>): Promise<void> {
  if (!only.has(group)) return;
  process.stdout.write(`\n== ${group}\n`);
  const t = performance.now();
  try {
    await body();
  } catch (error) {
    results.fail(group, `${group} checks ran`, '(all pages)', messageOf(error));
  }
  const seconds = (performance.now() - t) / 1000;
  timings.push(`${group} ${seconds.toFixed(0)} s`);
  process.stdout.write(
    `   ${group}: ${results.count('pass', group)} passed, ${results.count('fail', group)} failed, ${results.count('skip', group)} skipped (${seconds.toFixed(0)} s)\n`,
  );
}

try {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  siteDir = values['no-build'] ? snapshotDist('dist') : buildSite(origin);
  server = await startPreview(port, siteDir);
  const paths = await sitemapPaths(server.origin);
  process.stdout.write(`  serving ${paths.length} sitemap pages from ${server.origin}\n`);
  const site = server.origin;
  const dir = siteDir;

  await timed('html', async () => {
    await checkHtml(results, dir);
    checkPrinted(results, dir, dataDir());
  });
  const built = htmlFiles(dir).map((f) => f.path);
  await timed('links', () => checkLinks(results, site, paths, built));
  // Playwright's browser serves every group but the file checks and Lighthouse (its own Chrome).
  if (GROUPS.some((g) => only.has(g) && !['html', 'links', 'lighthouse'].includes(g)))
    browser = await launchBrowser();
  await timed('language', () => checkLanguage(results, browser!, site, paths));
  await timed('journeys', () => checkJourneys({ results, browser: browser!, origin: site, paths }));
  await timed('map', () => checkMap(results, browser!, site));
  await timed('search', () => checkSearch(results, browser!, site, paths));
  await timed('embed', () => checkEmbed(results, browser!, site, paths));
  await timed('narrow', () => checkNarrow(results, browser!, site, paths));
  await timed('charts', () => checkChartText(results, browser!, site, paths));
  await timed('axe', () => checkAxe(results, browser!, site, paths));
  await timed('weight', () => checkWeight(results, browser!, site, paths));
  await browser?.close();
  browser = undefined;
  // Lighthouse last, with Playwright's browser closed. Only what does not depend on the machine's
  // speed is gated; performance is measured by npm run bench:lighthouse.
  await timed('lighthouse', async () =>
    checkLighthouse(results, site, await chooseLighthousePages(site, paths)),
  );
} catch (error) {
  results.fail('setup', 'build, serve and open the site', '(site)', messageOf(error));
} finally {
  await browser?.close().catch(() => undefined);
  await server?.stop();
  if (siteDir) removeSite(siteDir);
}

const passed = results.count('pass');
const failed = results.count('fail');
const skipped = results.count('skip');
const seconds = ((performance.now() - started) / 1000).toFixed(0);
if (failed) {
  process.stdout.write('\nFailed browser checks (rule · page):\n');
  for (const r of results.all.filter((x) => x.outcome === 'fail'))
    process.stdout.write(`  ✗ ${r.rule} · ${r.page}\n      ${r.details[0] ?? ''}\n`);
}
writeReport();
process.stdout.write(
  `\n${timings.join(' · ')}\nbrowser checks: ${passed} passed, ${failed} failed, ${skipped} skipped in ${seconds} s\n`,
);
process.exitCode = failed === 0 ? 0 : 1;
