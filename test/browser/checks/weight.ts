/**
 * Page weight as a phone with an empty cache downloads it: every response of every page in the
 * sitemap (the search page once per query of SEARCH_QUERIES, so Pagefind loads), sorted into HTML, CSS, JS, fonts,
 * images and other, each counted gzipped (gzip -6, or the raw size where gzip does not shrink it,
 * as for woff2 and PNG). Each page is held to its budget (test/browser/lib/weightBudget.ts: 35 KB
 * in all, the map and search pages apart), and the output lists every page's bytes, then the
 * heaviest page of each type. 1 KB = 1000 bytes. For the search page, Pagefind's part (whatever is
 * fetched from /pagefind/) is held to its own budget and listed with the requests of the query.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { VIEWPORTS, offline } from '../lib/browser.ts';
import { Results, messageOf, table } from '../lib/results.ts';
import { pageType, PATHS, type PageType } from '../lib/site.ts';
import {
  WEIGHT_KINDS as KINDS,
  KB,
  PAGE_BUDGET,
  describeBudget,
  kb,
  overBudget,
  type WeightKind as Kind,
  type Weights,
} from '../lib/weightBudget.ts';

/** The cold queries the search page is weighed with (issue "Speed where it is spent"). */
export const SEARCH_QUERIES = ['cho don', 'bac kan'];

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

  async function measure(url: string): Promise<{ weights: Weights; requests: number }> {
    const pending: Promise<void>[] = [];
    const weights: Weights = { html: 0, css: 0, js: 0, fonts: 0, images: 0, other: 0, total: 0 };
    weights.pagefind = 0;
    let requests = 0;
    const onResponse = (response: Response) => {
      requests++;
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
          if (new URL(response.url()).pathname.includes('/pagefind/')) weights.pagefind! += size;
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
    return { weights, requests };
  }
  return { measure, close: () => context.close() };
}

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
      else
        results.skip(
          group,
          `map page ${describeBudget('map')}`,
          path,
          `map page not built yet (HTTP ${status})`,
        );
    }
  }
  const measured: { path: string; type: PageType; weights: Weights }[] = [];
  const searches: string[][] = [];
  const meter = await openMeter(browser, origin);
  for (const target of targets.flatMap((p) =>
    pageType(p) === 'search' ? SEARCH_QUERIES.map((q) => `${p}?q=${encodeURIComponent(q)}`) : [p],
  )) {
    const path = target.replace(/\?.*/, '');
    const type = pageType(path);
    let weights: Weights;
    let requests: number;
    try {
      ({ weights, requests } = await meter.measure(`${origin}${target}`));
    } catch (error) {
      results.fail(group, 'page weight', target, `could not measure: ${messageOf(error)}`);
      continue;
    }
    measured.push({ path: target, type, weights });
    if (type === 'search') {
      const query = new URLSearchParams(target.replace(/^[^?]*/, '')).get('q') ?? '';
      searches.push([
        path,
        query,
        kb(weights.total),
        kb(weights.pagefind ?? 0),
        kb(weights.total - (weights.pagefind ?? 0)),
        String(requests),
      ]);
    }
    results.record(
      group,
      `${type === 'map' || type === 'search' ? `${type} page` : 'page'} ${describeBudget(type)} gzipped`,
      target,
      overBudget(weights, type),
    );
  }

  await meter.close();

  const row = (m: (typeof measured)[number], page: string) => [
    m.type,
    page,
    ...KINDS.map((k) => kb(m.weights[k])),
    kb(m.weights.total),
    describeBudget(m.type),
    overBudget(m.weights, m.type).length === 0 ? 'ok' : 'OVER',
  ];
  const headers = ['type', 'page', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'other', 'total'];
  const numeric = [2, 3, 4, 5, 6, 7, 8];
  const byType = [...measured].sort(
    (a, b) => a.type.localeCompare(b.type) || a.path.localeCompare(b.path),
  );
  // Then one row per page type: its heaviest page.
  const heaviest = new Map<PageType, (typeof measured)[number]>();
  for (const m of measured) {
    const best = heaviest.get(m.type);
    if (!best || m.weights.total > best.weights.total) heaviest.set(m.type, m);
  }
  const summary = [...heaviest.values()].map((m) => {
    const count = measured.filter((x) => x.type === m.type).length;
    return row(m, `${m.path}${count > 1 ? ` (heaviest of ${count})` : ''}`);
  });
  const over = measured.filter((m) => overBudget(m.weights, m.type).length > 0).length;
  const title = 'gzipped, in KB (1 KB = 1000 bytes), phone, empty cache';
  process.stdout.write(
    `\nPage weight of every page, ${title}\n${table(
      [...headers, 'budget', ''],
      byType.map((m) => row(m, m.path)),
      numeric,
    )}\n` +
      `\nHeaviest page of each type, ${title}\n${table([...headers, 'budget', ''], summary, numeric)}\n` +
      `\nSearch page, one cold query each, ${title}\n${table(
        ['page', 'query', 'total', 'Pagefind', 'rest', 'requests'],
        searches,
        [2, 3, 4, 5],
      )}\n` +
      `\n${measured.length - over} of ${measured.length} pages within budget (every page ≤ ${PAGE_BUDGET.total / KB} KB; map ${describeBudget('map')}; search ${describeBudget('search')})\n\n`,
  );
}
