/**
 * Search probes, through the search page as a reader uses it (?q= in the address, our result
 * list), on both sites. For every area page: its name without accents ("cho don"), each single
 * word of it ("cho", "don"), its name with accents ("Chợ Đồn"), and its full title without accents
 * ("huyen cho don", "cho don district") must list that area's page first; where a query fits
 * several areas ("cho": Chợ Đồn and Chợ Mới; "bac kan": the province and the city), those areas'
 * pages come first, in any order. The first result of an area's own name carries the area's latest
 * poverty rate and its year. "bac kan" must offer working "more results" until every result is
 * listed, and the language switch must keep the query. Each probe is one test.
 */
import type { Browser, Page } from 'playwright-core';
import { VIEWPORTS, offline } from '../lib/browser.ts';
import { Results, expect } from '../lib/results.ts';
import { PATHS, fetchOk, fold, formatNumber, langOf, pageType, parseCsv } from '../lib/site.ts';
import type { Lang } from '../../../src/lib/text/lang.ts';

const GROUP = 'search';
const TIMEOUT = 30_000;
const MORE_QUERY = 'bac kan';

interface AreaPage {
  code: string;
  lang: Lang;
  path: string;
  /** The name as data/areas.csv spells it: "Chợ Đồn". */
  name: string;
  /** The page's h1: "Huyện Chợ Đồn", "Chợ Đồn district". */
  title: string;
}

interface Probe {
  lang: Lang;
  query: string;
  /** Area pages that fit the query; the first results must be these, in any order. */
  expected: string[];
  /** Per expected page: its latest rate (as the page writes it, any of) and year, to be shown. */
  excerpts?: Map<string, { rate: string[]; year: string }>;
}

const words = (text: string) =>
  fold(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The probes for every area page of both sites. */
export function searchProbes(
  areas: AreaPage[],
  latest: Map<string, { year: number; values: number[] }>,
): Probe[] {
  const probes: Probe[] = [];
  for (const lang of ['vi', 'en'] as const) {
    const pages = areas.filter((a) => a.lang === lang);
    // Pages whose name holds every word of the query, as whole words.
    const fitting = (query: string, of: (a: AreaPage) => string) =>
      pages.filter((a) => words(query).every((w) => words(of(a)).includes(w))).map((a) => a.path);
    const shared = new Set(
      words(pages[0]?.title ?? '').filter((w) => pages.every((a) => words(a.title).includes(w))),
    );
    const seen = new Set<string>();
    const excerpt = (path: string) => {
      const area = pages.find((a) => a.path === path)!;
      const rate = latest.get(area.code);
      return rate
        ? [{ rate: rate.values.map((v) => formatNumber(lang, v)), year: String(rate.year) }]
        : [];
    };
    const add = (query: string, of: (a: AreaPage) => string, withExcerpts = false) => {
      const key = query.toLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      const expected = fitting(query, of);
      const excerpts = withExcerpts
        ? new Map(expected.flatMap((path) => excerpt(path).map((e) => [path, e] as const)))
        : undefined;
      probes.push({ lang, query, expected, excerpts });
    };
    for (const area of pages) {
      add(fold(area.name).toLowerCase(), (a) => a.name, true);
      add(area.name, (a) => a.name);
      for (const word of words(area.name)) if (!shared.has(word)) add(word, (a) => a.name);
      for (const word of area.name.split(/\s+/)) if (/[đĐ]/.test(word)) add(word, (a) => a.name);
      add(fold(area.title).toLowerCase(), (a) => a.title);
    }
  }
  return probes;
}

async function areaPages(origin: string, paths: string[]): Promise<AreaPage[]> {
  const rows = parseCsv(await (await fetchOk(`${origin}/data/areas.csv`)).text());
  const names = new Map(rows.map((r) => [r.code!, r.name!]));
  const out: AreaPage[] = [];
  for (const path of paths.filter((p) => pageType(p) === 'area')) {
    const code = /\/([^/]+)\/$/.exec(path)![1]!;
    const html = await (await fetchOk(`${origin}${path}`)).text();
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/
      .exec(html)?.[1]
      ?.replace(/<[^>]+>/g, '')
      .trim();
    const name = names.get(code);
    if (name && h1) out.push({ code, lang: langOf(path), path, name, title: h1 });
  }
  return out;
}

/** Latest year's poverty rates per area (several rows of one year: any of them). */
async function latestRates(
  origin: string,
): Promise<Map<string, { year: number; values: number[] }>> {
  const rows = parseCsv(await (await fetchOk(`${origin}/data/poverty.csv`)).text());
  const out = new Map<string, { year: number; values: number[] }>();
  for (const r of rows) {
    if (!r.poverty_rate_pct) continue;
    const year = Number(r.year);
    const value = Number(r.poverty_rate_pct);
    const have = out.get(r.area_code!);
    if (!have || year > have.year) out.set(r.area_code!, { year, values: [value] });
    else if (year === have.year) have.values.push(value);
  }
  return out;
}

interface Listed {
  status: string;
  results: { path: string; text: string }[];
}

/** Opens the search page with ?q= and waits until it has answered (results or "none"). */
async function search(page: Page, origin: string, lang: Lang, query: string): Promise<Listed> {
  const url = `${origin}${PATHS.search[lang]}?q=${encodeURIComponent(query)}`;
  const response = await page.goto(url);
  expect(response?.ok(), `${PATHS.search[lang]} does not load: HTTP ${response?.status() ?? '?'}`);
  return answered(page);
}

async function answered(page: Page): Promise<Listed> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('main .search-status')?.textContent?.trim() ?? '';
      return status !== '' && !status.endsWith('…');
    },
    undefined,
    { timeout: TIMEOUT },
  );
  return page.locator('main').evaluate((main) => ({
    status: main.querySelector('.search-status')?.textContent?.trim() ?? '',
    results: [...main.querySelectorAll('.search-results > li')].map((li) => ({
      path: new URL(li.querySelector('a')?.href ?? '', location.href).pathname,
      text: (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    })),
  }));
}

async function probe(page: Page, origin: string, p: Probe): Promise<void> {
  expect(p.expected.length > 0, `"${p.query}": no area page fits the query (probe is wrong)`);
  const listed = await search(page, origin, p.lang, p.query);
  const first = listed.results.slice(0, p.expected.length).map((r) => r.path);
  const missing = p.expected.filter((e) => !first.includes(e));
  expect(
    missing.length === 0,
    `"${p.query}" does not list ${p.expected.join(' and ')} first; first results: ${
      listed.results
        .slice(0, 3)
        .map((r) => r.path)
        .join(', ') || `none (${listed.status})`
    }`,
  );
  for (const [path, want] of p.excerpts ?? []) {
    const text = listed.results.find((r) => r.path === path)!.text;
    expect(
      want.rate.some((r) => text.includes(r)) && text.includes(want.year),
      `"${p.query}": the result for ${path} does not give its latest poverty rate (${want.year}: ${want.rate.join(' or ')}): "${text}"`,
    );
  }
}

/** "More results" until the list holds every result the status counts. */
async function moreResults(page: Page, origin: string, lang: Lang): Promise<void> {
  let listed = await search(page, origin, lang, MORE_QUERY);
  const total = Number(/\d+/.exec(listed.status.replace(/[.,]/g, ''))?.[0] ?? NaN);
  expect(Number.isFinite(total), `"${MORE_QUERY}": the status gives no count: "${listed.status}"`);
  expect(total > 10, `"${MORE_QUERY}" has ${total} results; the probe needs more than 10`);
  expect(
    listed.results.length === 10,
    `"${MORE_QUERY}" first lists ${listed.results.length} results, not 10`,
  );
  const button = page.locator('main button.search-more');
  for (let round = 1; listed.results.length < total; round++) {
    expect(round <= Math.ceil(total / 10), `"more results" never lists all ${total} results`);
    expect(
      await button.isVisible(),
      `"${MORE_QUERY}": ${listed.results.length} of ${total} results listed and no visible "more results" button`,
    );
    const before = listed.results.length;
    await button.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('main .search-results > li').length > n,
      before,
      { timeout: TIMEOUT },
    );
    listed = await answered(page);
    expect(
      listed.results.length === Math.min(total, before + 10),
      `"more results" went from ${before} to ${listed.results.length} of ${total}, not the next ten`,
    );
    const focused = await page.evaluate(() =>
      document.activeElement instanceof HTMLAnchorElement ? document.activeElement.href : '',
    );
    expect(
      focused !== '' && new URL(focused).pathname === listed.results[before]!.path,
      `after "more results" focus is not on the first new result (${listed.results[before]!.path})`,
    );
  }
  expect(!(await button.isVisible()), `every result is listed but "more results" is still shown`);
  const paths = listed.results.map((r) => r.path);
  expect(new Set(paths).size === paths.length, `"more results" lists a page twice`);
}

/** The language switch on a search carries ?q= to the other site's search page. */
async function switchKeepsQuery(page: Page, origin: string, lang: Lang): Promise<void> {
  await search(page, origin, lang, MORE_QUERY);
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const toggle = page.locator('a.lang-switch').first();
  await Promise.all([
    page.waitForURL((u) => u.pathname === PATHS.search[other], { timeout: TIMEOUT }),
    toggle.click(),
  ]);
  const q = new URL(page.url()).searchParams.get('q');
  expect(q === MORE_QUERY, `the language switch led to ${page.url()}, without ?q=${MORE_QUERY}`);
  const input = await page.locator('main input[type="search"]').first().inputValue();
  expect(input === MORE_QUERY, `after the switch the search box holds "${input}"`);
}

export async function checkSearch(
  results: Results,
  browser: Browser,
  origin: string,
  paths: string[],
): Promise<void> {
  const areas = await areaPages(origin, paths);
  expect(areas.length > 0, 'the sitemap lists no area page');
  const probes = searchProbes(areas, await latestRates(origin));
  const context = await browser.newContext({ viewport: VIEWPORTS.phone });
  await offline(context, origin);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  for (const p of probes) {
    await results.attempt(GROUP, `search "${p.query}" lists the area first`, p.lang, () =>
      probe(page, origin, p),
    );
  }
  for (const lang of ['vi', 'en'] as const) {
    await results.attempt(GROUP, `search "${MORE_QUERY}" → more results`, lang, () =>
      moreResults(page, origin, lang),
    );
    await results.attempt(GROUP, 'language switch keeps the search', lang, () =>
      switchKeepsQuery(page, origin, lang),
    );
  }
  await context.close();
}
