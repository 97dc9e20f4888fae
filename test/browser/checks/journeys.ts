/**
 * What a reader does, clicked through in Chromium on a phone (360×640, Vietnamese) and a desktop
 * (1280×800, English): overview → area page → a chart's table → its CSV, checked byte by byte;
 * the chart's PNG button, whose file (drawn in the browser) must be a PNG of twice the SVG's size;
 * search typed without diacritics; the language switch; the map's selectors; an area page with
 * JavaScript off. Each journey at each size is one test. A journey whose page or element has not
 * been built yet is skipped with that reason; anything else missing is a failure.
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { VIEWPORTS, offline, type ViewportName } from '../lib/browser.ts';
import { Results, expect } from '../lib/results.ts';
import {
  PATHS,
  fetchOk,
  fold,
  formatNumber,
  langOf,
  numberTokens,
  pageType,
  parseCsv,
  parseNumber,
} from '../lib/site.ts';
import type { Lang } from '../../../src/lib/text/lang.ts';
import { mapJourney } from './journeys/map.ts';
import { findSearchCases, searchJourney, type SearchCase } from './journeys/search.ts';
import {
  AREA_PATH,
  TIMEOUT,
  go,
  noScriptErrors,
  openPage,
  pathOf,
  visibleH1,
} from './journeys/steps.ts';

const LANG_OF_VIEWPORT: Record<ViewportName, Lang> = { phone: 'vi', desktop: 'en' };

interface Journey {
  results: Results;
  browser: Browser;
  origin: string;
  paths: string[];
}

// ---------------------------------------------------------------------------------------------
// overview → area page → chart table → CSV

async function overviewToArea(page: Page, origin: string, lang: Lang): Promise<string> {
  await go(page, origin, PATHS.overview[lang]);
  const links = page.locator('main a[href]');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const index = hrefs.findIndex((h) => AREA_PATH.test(new URL(h, 'http://x').pathname));
  expect(index >= 0, `the overview links to no area page`);
  const link = links.nth(index);
  const name = (await link.innerText()).trim();
  await link.scrollIntoViewIfNeeded();
  await Promise.all([page.waitForURL((url) => AREA_PATH.test(url.pathname)), link.click()]);
  const h1 = await visibleH1(page);
  const target = pathOf(page);
  expect(langOf(target) === lang, `the overview's area link leads to ${target}, another language`);
  const words = fold(h1).toLowerCase();
  const shared = fold(name)
    .toLowerCase()
    .split(/[\s:]+/)
    .filter((w) => w.length > 2 && words.includes(w));
  expect(shared.length > 0, `link "${name}" led to a page titled "${h1}"`);
  return target;
}

/**
 * Whether every number a table row shows (as written: "29,4%", "14,2 tỷ đồng") is one of the CSV
 * row's values, to the precision shown. Money is published in million VND and may be shown in
 * billions, so a value a thousand times smaller also matches.
 */
function rowMismatch(tokens: string[], lang: Lang, csvValues: number[]): string | undefined {
  for (const token of tokens) {
    const value = parseNumber(token, lang);
    const decimals = /[.,](\d{1,3})$/.exec(token)?.[1]?.length ?? 0;
    const tolerance = 0.5 * 10 ** -decimals + 1e-9;
    const ok = csvValues.some(
      (v) => Math.abs(v - value) <= tolerance || Math.abs(v / 1000 - value) <= tolerance,
    );
    if (!ok) return `${token} is not in the CSV row (${csvValues.join(', ')})`;
  }
  return undefined;
}

/**
 * The first chart's PNG button (added by <gn-chart>; no PNG is built): the file it saves has the
 * name the built PNG had (<id>.png, as the SVG's <id>.svg), is a PNG of twice the wide SVG's width
 * and height, and has the chart drawn on it (not a blank white canvas).
 */
async function chartPng(page: Page): Promise<void> {
  const figure = page.locator('main figure.chart').first();
  expect((await figure.count()) > 0, `no <figure class="chart"> on ${pathOf(page)}`);
  const where = `${pathOf(page)} figure.chart[data-chart="${(await figure.getAttribute('data-chart')) ?? '?'}"]`;
  const button = figure.locator('button[data-download="png"]');
  expect((await button.count()) === 1, `${where} has no PNG button (button[data-download="png"])`);
  const svgHref =
    (await figure.locator('a[data-download="svg"]').first().getAttribute('href')) ?? '';
  const expectedName = (/([^/]+)\.svg$/.exec(svgHref)?.[1] ?? '?') + '.png';
  const size = await figure
    .locator('.chart__svg--wide svg')
    .first()
    .evaluate((svg) => ({
      width: Number(svg.getAttribute('width')),
      height: Number(svg.getAttribute('height')),
    }));
  await button.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: TIMEOUT }),
    button.click(),
  ]);
  const name = download.suggestedFilename();
  expect(name === expectedName, `${where}: the PNG downloads as "${name}", not "${expectedName}"`);
  const bytes = await readFile(await download.path());
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(
    bytes.length > 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(12) === 0x49484452,
    `${where}: the downloaded "${name}" is not a PNG`,
  );
  const got = { width: view.getUint32(16), height: view.getUint32(20) };
  expect(
    got.width === size.width * 2 && got.height === size.height * 2,
    `${where}: the PNG is ${got.width}×${got.height}, not twice the SVG's ${size.width}×${size.height}`,
  );
  // Something is drawn: some pixel is far from the white background.
  const stats = await sharp(bytes).removeAlpha().stats();
  expect(
    stats.channels.some((c) => c.min < 128),
    `${where}: the PNG is blank (no pixel darker than the white background)`,
  );
}

async function chartTableAndCsv(page: Page, lang: Lang): Promise<void> {
  const figure = page.locator('main figure.chart').first();
  // Every page this journey visits draws a chart: a missing one is a regression, not a skip.
  expect((await figure.count()) > 0, `no <figure class="chart"> on ${pathOf(page)}`);
  const chart = (await figure.getAttribute('data-chart')) ?? '?';
  const where = `${pathOf(page)} figure.chart[data-chart="${chart}"]`;
  const details = figure
    .locator('details')
    .filter({ has: page.locator('table') })
    .first();
  expect((await details.count()) > 0, `${where} has no <details> holding its <table>`);
  const table = details.locator('table').first();
  const summary = details.locator('summary').first();
  await summary.scrollIntoViewIfNeeded();
  await summary.click();
  await table.waitFor({ state: 'visible' });
  // Each row's cells, and which of them hold figures (a numeric column, or a bare number: a year).
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => ({
        text: (c as HTMLElement).innerText.trim(),
        figure:
          c.classList.contains('num') || /^[\d.,\s%-]+$/.test((c as HTMLElement).innerText.trim()),
      })),
    ),
  );
  expect(rows.length > 0, `${where}: the table has no rows`);
  expect(
    rows.some((cells) => cells.some((c) => c.figure && numberTokens(c.text, lang).length > 0)),
    `${where}: the table shows no figures`,
  );

  const link = figure.locator('a[data-download="csv"]').first();
  expect((await link.count()) > 0, `${where} has no a[data-download="csv"]`);
  const href = (await link.getAttribute('href')) ?? '';
  await link.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = await download.path();
  const bytes = new Uint8Array(await readFile(file));
  const served = new Uint8Array(
    await (await fetchOk(new URL(href, page.url()).href)).arrayBuffer(),
  );
  const name = download.suggestedFilename();

  expect(name.toLowerCase().endsWith('.csv'), `${href} downloads as "${name}", not a .csv file`);
  expect(bytes.length > 0, `${href}: the download is empty`);
  expect(
    bytes.length === served.length && bytes.every((b, i) => b === served[i]),
    `${href}: the downloaded bytes differ from the file the server holds`,
  );
  // Chart CSVs are for code (pandas, R): canonical, without a byte-order mark; spreadsheet users
  // get .xlsx files, which LibreOffice and Excel read right.
  expect(
    !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf),
    `${href}: a byte-order mark in a CSV meant for code`,
  );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${href}: not valid UTF-8`);
  }
  expect(!text.includes('\u0000'), `${href}: contains NUL bytes`);
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length;
  expect(crlf === 0 || crlf === lf, `${href}: mixes CRLF and LF line endings`);
  expect(text.endsWith('\n'), `${href}: the last line has no line ending`);
  const records = parseCsv(text);
  const header = Object.keys(records[0] ?? {});
  expect(
    header.length > 1 && header.every((h) => h.trim() !== ''),
    `${href}: bad header ${JSON.stringify(header)}`,
  );
  expect(
    records.length === rows.length,
    `${href} has ${records.length} data rows but the chart's table shows ${rows.length}`,
  );
  rows.forEach((cells, i) => {
    const csvValues = Object.values(records[i]!)
      .filter((v) => v.trim() !== '' && !Number.isNaN(Number(v)))
      .map(Number);
    const tokens = cells.filter((c) => c.figure).flatMap((c) => numberTokens(c.text, lang));
    const problem = rowMismatch(tokens, lang, csvValues);
    expect(
      !problem,
      `${href} row ${i + 1} does not match table row ${i + 1} ("${cells.map((c) => c.text).join(' | ')}"): ${problem}`,
    );
  });
}

// ---------------------------------------------------------------------------------------------
// language switch

async function languageSwitch(page: Page, origin: string, start: string): Promise<void> {
  await go(page, origin, start);
  const lang = langOf(start);
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const h1 = await visibleH1(page);
  const toggle = page.locator('a.lang-switch').first();
  await toggle.waitFor({ state: 'visible' });
  await Promise.all([page.waitForURL((u) => u.pathname !== start), toggle.click()]);
  const there = pathOf(page);
  expect(
    (await page.locator('html').getAttribute('lang')) === other,
    `${start}: the language switch led to ${there}, which is not in ${other}`,
  );
  expect(
    pageType(there) === pageType(start),
    `${start}: the language switch led to ${there}, another kind of page`,
  );
  const code = /\/([^/]+)\/$/.exec(start)?.[1];
  if (pageType(start) === 'area')
    expect(
      there === PATHS.area(other, code!),
      `${start}: the language switch led to ${there}, another area`,
    );
  await visibleH1(page);
  const back = page.locator('a.lang-switch').first();
  await Promise.all([page.waitForURL((u) => u.pathname !== there), back.click()]);
  expect(pathOf(page) === start, `${there}: switching back leads to ${pathOf(page)}, not ${start}`);
  expect(
    (await visibleH1(page)) === h1,
    `${start}: after switching back the heading is "${await visibleH1(page)}", not "${h1}"`,
  );
}

// ---------------------------------------------------------------------------------------------
// no JavaScript

interface Rate {
  year: number;
  value: number;
}

async function latestRates(origin: string): Promise<Map<string, Rate[]>> {
  const rows = parseCsv(await (await fetchOk(`${origin}/data/poverty.csv`)).text());
  const byArea = new Map<string, Rate[]>();
  for (const r of rows) {
    if (!r.poverty_rate_pct) continue;
    const list = byArea.get(r.area_code!) ?? [];
    list.push({ year: Number(r.year), value: Number(r.poverty_rate_pct) });
    byArea.set(r.area_code!, list);
  }
  for (const [code, list] of byArea) {
    const last = Math.max(...list.map((r) => r.year));
    byArea.set(
      code,
      list.filter((r) => r.year === last),
    );
  }
  return byArea;
}

async function withoutJavaScript(
  page: Page,
  origin: string,
  path: string,
  latest: Rate[] | undefined,
): Promise<void> {
  await go(page, origin, path);
  const lang = langOf(path);
  const main = page.locator('main');
  const text = await main.innerText();
  if (latest?.length) {
    const shown = latest.map((r) => formatNumber(lang, r.value));
    expect(
      shown.some((s) => text.includes(s)),
      `${path}: the latest poverty rate (${latest[0]!.year}: ${shown.join(' or ')}) is not shown`,
    );
  }
  const tables = main.locator('table');
  const visibleTables = await tables.evaluateAll(
    (ts) =>
      ts.filter((t) => (t as HTMLElement).offsetParent !== null && t.querySelector('tbody tr'))
        .length,
  );
  expect(visibleTables > 0, `${path}: no table of figures is visible`);
  const figures = main.locator('figure.chart');
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    const id = (await figure.getAttribute('id')) ?? `chart ${i + 1}`;
    const drawn = await figure.locator('svg').evaluateAll((svgs) =>
      svgs.some((s) => {
        const b = s.getBoundingClientRect();
        return b.width > 50 && b.height > 50;
      }),
    );
    expect(drawn, `${path} #${id}: no chart is drawn without JavaScript`);
    // The PNG is drawn by script: without it there is no PNG button, nor a link to a missing file.
    expect(
      (await figure.locator('[data-download="png"], a[href$=".png"]').count()) === 0,
      `${path} #${id}: a PNG download is offered without JavaScript`,
    );
    const summary = figure.locator('details > summary').first();
    if ((await summary.count()) > 0) {
      await summary.scrollIntoViewIfNeeded();
      await summary.click();
      expect(
        await figure.locator('details table').first().isVisible(),
        `${path} #${id}: the chart's table does not open without JavaScript`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------

export async function checkJourneys({ results, browser, origin, paths }: Journey): Promise<void> {
  const group = 'journeys';
  const rates = await latestRates(origin);
  let searchCases: SearchCase[] | undefined;
  for (const name of Object.keys(VIEWPORTS) as ViewportName[]) {
    const size = `${name} ${VIEWPORTS[name].width}×${VIEWPORTS[name].height}`;
    const lang = LANG_OF_VIEWPORT[name];
    const context = await browser.newContext({ viewport: VIEWPORTS[name], acceptDownloads: true });
    await offline(context, origin);
    const { page, errors } = await openPage(context);
    const run = (rule: string, where: string, body: () => Promise<void>) =>
      results.attempt(group, rule, `${where} (${size})`, async () => {
        errors.length = 0;
        await body();
        noScriptErrors(errors);
      });

    let area: string | undefined;
    await run('journey: overview → area page', PATHS.overview[lang], async () => {
      area = await overviewToArea(page, origin, lang);
    });
    const chartPage =
      area ?? paths.find((p) => AREA_PATH.test(p) && langOf(p) === lang) ?? PATHS.area(lang, '06');
    await run('journey: area page → chart table → CSV download', chartPage, async () => {
      if (pathOf(page) !== chartPage) await go(page, origin, chartPage);
      await chartTableAndCsv(page, lang);
    });
    await run(
      'journey: area page → chart PNG download (drawn in the browser)',
      chartPage,
      async () => {
        if (pathOf(page) !== chartPage) await go(page, origin, chartPage);
        await chartPng(page);
      },
    );

    if (!searchCases) {
      try {
        searchCases = await findSearchCases(page, origin);
      } catch (error) {
        results.fail(
          group,
          'journey: search without diacritics',
          '(finding pages to search for)',
          String(error),
        );
        searchCases = [];
      }
      if (!searchCases.some((c) => c.lang === 'vi') || !searchCases.some((c) => c.lang === 'en'))
        results.fail(
          group,
          'journey: search without diacritics',
          '(finding pages to search for)',
          'no page title with đ/Đ found in both languages to search for',
        );
    }
    for (const c of searchCases) {
      await run(`journey: search "${c.query}" → ${c.expected}`, PATHS.search[c.lang], () =>
        searchJourney(page, origin, c),
      );
    }

    const explainer = paths.find((p) => pageType(p) === 'explainer' && langOf(p) === lang);
    for (const start of [chartPage, explainer, PATHS.data[lang]].filter((p): p is string =>
      Boolean(p),
    )) {
      await run('journey: language switch keeps the page', start, () =>
        languageSwitch(page, origin, start),
      );
    }

    await run('journey: map → indicator, year → area page', PATHS.map[lang], () =>
      mapJourney(page, origin, lang),
    );
    await context.close();

    const noJs = await browser.newContext({ viewport: VIEWPORTS[name], javaScriptEnabled: false });
    await offline(noJs, origin);
    const plain = await openPage(noJs);
    for (const path of paths.filter((p) => AREA_PATH.test(p) && langOf(p) === lang)) {
      const code = /\/([^/]+)\/$/.exec(path)![1]!;
      await results.attempt(
        group,
        'area page without JavaScript shows its figures',
        `${path} (${size})`,
        () => withoutJavaScript(plain.page, origin, path, rates.get(code)),
      );
    }
    await noJs.close();
  }
}
