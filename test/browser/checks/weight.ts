/**
 * Page weight as a phone with an empty cache downloads it: every response of every page in the
 * sitemap (the search page with a query, so Pagefind loads), sorted into HTML, CSS, JS, fonts,
 * images and other, each counted gzipped (gzip -6, or the raw size where gzip does not shrink it,
 * as for woff2 and PNG). Budgets: overview ≤ 150 KB and area page ≤ 120 KB in total; JS ≤ 15 KB on
 * every page except the map and search pages, ≤ 60 KB. 1 KB = 1000 bytes.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { VIEWPORTS, offline } from '../lib/browser.ts';
import { Results, messageOf, table } from '../lib/results.ts';
import { pageType, PATHS, type PageType } from '../lib/site.ts';

const KB = 1000;
const KINDS = ['html', 'css', 'js', 'fonts', 'images', 'other'] as const;
type Kind = (typeof KINDS)[number];
type Weights = Record<Kind, number> & { total: number };

const TOTAL_BUDGET: Partial<Record<PageType, number>> = { overview: 150 * KB, area: 120 * KB };
const jsBudget = (type: PageType) => (type === 'map' || type === 'search' ? 60 * KB : 15 * KB);
export const SEARCH_QUERY = 'ngheo';

function kindOf(response: Response, isDocument: boolean): Kind {
  if (isDocument) return 'html';
  const type = response.request().resourceType();
  const mime = (response.headers()['content-type'] ?? '').toLowerCase();
  if (type === 'stylesheet' || mime.startsWith('text/css')) return 'css';
  if (type === 'script' || /javascript|ecmascript/.test(mime)) return 'js';
  if (type === 'font' || mime.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(response.url()))
    return 'fonts';
  if (type === 'image' || mime.startsWith('image/')) return 'images';
  return 'other';
}

const gzipped = (body: Buffer) => Math.min(body.length, gzipSync(body, { level: 6 }).length);

/** One tab with the cache off: each page is fetched as on a first visit. */
async function openMeter(browser: Browser, origin: string) {
  const context = await browser.newContext({ viewport: VIEWPORTS.phone });
  await offline(context, origin);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let inFlight = 0;
  let lastActivity = Date.now();
  const settle = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  context.on('request', () => {
    inFlight++;
    lastActivity = Date.now();
  });
  context.on('requestfinished', settle);
  context.on('requestfailed', settle);

  async function measure(url: string): Promise<Weights> {
    const pending: Promise<void>[] = [];
    const weights: Weights = { html: 0, css: 0, js: 0, fonts: 0, images: 0, other: 0, total: 0 };
    const onResponse = (response: Response) => {
      pending.push(
        (async () => {
          if (response.status() >= 300 && response.status() < 400) return;
          const body = await response.body().catch(() => undefined);
          if (!body) return;
          const isDocument =
            response.request().resourceType() === 'document' &&
            response.frame() === page.mainFrame();
          const size = gzipped(body);
          weights[kindOf(response, isDocument)] += size;
          weights.total += size;
        })(),
      );
    };
    context.on('response', onResponse);
    try {
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`HTTP ${response?.status() ?? '?'}`);
      // Then until the network has been quiet for 300 ms (search fetches its index after load).
      const deadline = Date.now() + 10_000;
      while ((inFlight > 0 || Date.now() - lastActivity < 300) && Date.now() < deadline) {
        await page.waitForTimeout(50);
      }
      await Promise.all(pending);
    } finally {
      context.off('response', onResponse);
    }
    return weights;
  }
  return { measure, close: () => context.close() };
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);

export async function checkWeight(
  results: Results,
  browser: Browser,
  origin: string,
  paths: string[],
): Promise<void> {
  const group = 'weight';
  const targets = [...paths];
  for (const path of [PATHS.map.vi, PATHS.map.en]) {
    if (!targets.includes(path)) {
      const status = (await fetch(`${origin}${path}`)).status;
      if (status === 200) targets.push(path);
      else results.skip(group, 'JS ≤ 60 KB', path, `map page not built yet (HTTP ${status})`);
    }
  }
  const measured: { path: string; type: PageType; weights: Weights }[] = [];
  const meter = await openMeter(browser, origin);
  for (const path of targets) {
    const type = pageType(path);
    const url = `${origin}${path}${type === 'search' ? `?q=${SEARCH_QUERY}` : ''}`;
    let weights: Weights;
    try {
      weights = await meter.measure(url);
    } catch (error) {
      results.fail(group, 'page weight', path, `could not measure: ${messageOf(error)}`);
      continue;
    }
    measured.push({ path, type, weights });
    const js = jsBudget(type);
    results.record(
      group,
      `JS ≤ ${js / KB} KB gzipped`,
      path,
      weights.js > js ? [`JS is ${kb(weights.js)} KB gzipped, over the ${js / KB} KB budget`] : [],
    );
    const total = TOTAL_BUDGET[type];
    if (total !== undefined) {
      results.record(
        group,
        `${type} page ≤ ${total / KB} KB gzipped`,
        path,
        weights.total > total
          ? [`page weighs ${kb(weights.total)} KB gzipped, over the ${total / KB} KB budget`]
          : [],
      );
    }
  }

  await meter.close();

  // One row per page type: its heaviest page.
  const heaviest = new Map<PageType, (typeof measured)[number]>();
  for (const m of measured) {
    const best = heaviest.get(m.type);
    if (!best || m.weights.total > best.weights.total) heaviest.set(m.type, m);
  }
  const rows = [...heaviest.values()].map((m) => {
    const total = TOTAL_BUDGET[m.type];
    const js = jsBudget(m.type);
    const ok = m.weights.js <= js && (total === undefined || m.weights.total <= total);
    const count = measured.filter((x) => x.type === m.type).length;
    return [
      m.type,
      `${m.path}${count > 1 ? ` (heaviest of ${count})` : ''}`,
      ...KINDS.map((k) => kb(m.weights[k])),
      kb(m.weights.total),
      `${total === undefined ? '' : `total ≤ ${total / KB}, `}JS ≤ ${js / KB}`,
      ok ? 'ok' : 'OVER',
    ];
  });
  process.stdout.write(
    `\nPage weight, gzipped, in KB (1 KB = 1000 bytes), phone, empty cache${'\n'}${table(
      ['type', 'page', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'other', 'total', 'budget', ''],
      rows,
      [2, 3, 4, 5, 6, 7, 8],
    )}\n\n`,
  );
}
