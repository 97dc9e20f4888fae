/**
 * The map read at a glance (issue "Read on a phone, found by search, answered at a glance"), in
 * both languages at 360×640 and 1280×800: once the map has drawn, for every year of the shown
 * indicator, each label lies inside the map's box and covers no other label and no marker; the
 * map opens on the year with the most published figures (counted from the table alternative,
 * a tie going to the latest year) and says so, keeps a year given in the address, and, with
 * JavaScript off, its form already offers that year.
 */
import type { Browser, Page } from 'playwright-core';
import type { Lang } from '../../../src/lib/text/lang.ts';
import { VIEWPORTS, offline, type ViewportName } from '../lib/browser.ts';
import { Results, Skip, expect } from '../lib/results.ts';
import { PATHS } from '../lib/site.ts';

const GROUP = 'map';
// A wait for a map that never draws, not a measure.
const TIMEOUT = 30_000;

interface Rect {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlap = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
// Sub-pixel positions round either way; a label half a pixel out is not clipped.
const SLACK = 0.5;

/** The year with the most figures in the indicator's table: cells not marked "not published". */
async function busiestYear(page: Page, indicator: string): Promise<number> {
  const counts = await page.locator(`#map-table-${indicator}`).evaluate((caption) => {
    const table = caption.closest('table')!;
    const years = [...table.querySelectorAll('thead th')]
      .slice(1)
      .map((th) => Number(th.textContent));
    const counts = years.map(() => 0);
    for (const tr of table.querySelectorAll('tbody tr'))
      tr.querySelectorAll('td').forEach((td, i) => {
        if (!td.querySelector('.not-published') && td.textContent?.trim()) counts[i]! += 1;
      });
    return years.map((year, i) => ({ year, count: counts[i]! }));
  });
  expect(counts.length > 0, `#map-table-${indicator} has no year columns`);
  let best = counts[0]!;
  for (const c of counts) if (c.count >= best.count) best = c;
  return best.year;
}

/** Labels, markers and the map's box as the browser lays them out, in page pixels. */
async function layout(page: Page): Promise<{ map: Rect; labels: Rect[]; markers: Rect[] }> {
  // After the page's fonts: a label is as wide as its font makes it, and the map re-places then.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.locator('gn-map .map').evaluate((map) => {
    const rect = (el: Element, name: string) => {
      const r = el.getBoundingClientRect();
      return { name, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const shown = (el: Element) => {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return (
        style.display !== 'none' &&
        style.visibility !== 'hidden' &&
        Number(style.opacity) > 0 &&
        r.width * r.height > 0
      );
    };
    return {
      map: rect(map, 'map'),
      labels: [...map.querySelectorAll('.map-label')]
        .filter(shown)
        .map((el) => rect(el, `label "${el.textContent?.trim()}"`)),
      markers: [...map.querySelectorAll('.leaflet-marker-icon')]
        .filter(shown)
        .map((el) => rect(el, `marker "${el.getAttribute('title') ?? ''}"`)),
    };
  });
}

function layoutProblems(
  year: string,
  { map, labels, markers }: Awaited<ReturnType<typeof layout>>,
) {
  const problems: string[] = [];
  if (labels.length === 0) problems.push(`${year}: no label shown`);
  for (const [i, a] of labels.entries()) {
    if (
      a.left < map.left - SLACK ||
      a.top < map.top - SLACK ||
      a.right > map.right + SLACK ||
      a.bottom > map.bottom + SLACK
    )
      problems.push(`${year}: ${a.name} is clipped by the map's edge`);
    for (const b of labels.slice(i + 1))
      if (overlap(a, b)) problems.push(`${year}: ${a.name} overlaps ${b.name}`);
    for (const m of markers)
      if (overlap(a, m)) problems.push(`${year}: ${a.name} covers ${m.name}`);
  }
  return problems;
}

async function openMap(page: Page, origin: string, path: string): Promise<void> {
  const response = await page.goto(`${origin}${path}`);
  if (response?.status() === 404) throw new Skip(`${path} returns 404: map page not built yet`);
  expect(response?.ok(), `${path} does not load: HTTP ${response?.status() ?? '?'}`);
  await page.locator('gn-map .map .leaflet-marker-icon').first().waitFor({ state: 'attached' });
  await page.locator('gn-map .map .map-label').first().waitFor({ state: 'attached' });
}

async function labelsClear(page: Page, origin: string, lang: Lang): Promise<void> {
  await openMap(page, origin, PATHS.map[lang]);
  await page.locator('gn-map .map').scrollIntoViewIfNeeded();
  const year = page.locator('gn-map select[name="year"]');
  const problems: string[] = [];
  for (const value of await year
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) {
    await year.selectOption(value);
    problems.push(...layoutProblems(value, await layout(page)));
  }
  const more = problems.length > 12 ? [`… and ${problems.length - 12} more`] : [];
  expect(problems.length === 0, [...problems.slice(0, 12), ...more].join('; '));
}

async function opensOnBusiestYear(page: Page, origin: string, lang: Lang): Promise<void> {
  const path = PATHS.map[lang];
  await openMap(page, origin, path);
  const indicator = await page.locator('gn-map select[name="indicator"]').inputValue();
  const expected = String(await busiestYear(page, indicator));
  const year = page.locator('gn-map select[name="year"]');
  const shown = await year.inputValue();
  expect(shown === expected, `opens on ${shown}, but ${expected} has the most figures`);
  const legend = (await page.locator('gn-map .map-legend__title').innerText()).trim();
  expect(legend.includes(expected), `the legend "${legend}" does not say it shows ${expected}`);
  const other = await year
    .locator('option')
    .evaluateAll(
      (os, not) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v !== not),
      expected,
    );
  expect(other, `select[name="year"] offers no year but ${expected}`);
  await openMap(page, origin, `${path}?indicator=${indicator}&year=${other}`);
  const kept = await year.inputValue();
  expect(kept === other, `?year=${other} in the address opens on ${kept}`);
}

async function withoutJavaScript(page: Page, origin: string, lang: Lang): Promise<void> {
  const path = PATHS.map[lang];
  const response = await page.goto(`${origin}${path}`);
  if (response?.status() === 404) throw new Skip(`${path} returns 404: map page not built yet`);
  const indicator = await page.locator('gn-map select[name="indicator"]').inputValue();
  const expected = String(await busiestYear(page, indicator));
  const shown = await page.locator('gn-map select[name="year"]').inputValue();
  expect(shown === expected, `without JavaScript the form shows ${shown}, not ${expected}`);
}

export async function checkMap(results: Results, browser: Browser, origin: string): Promise<void> {
  for (const name of Object.keys(VIEWPORTS) as ViewportName[]) {
    const size = `${name} ${VIEWPORTS[name].width}×${VIEWPORTS[name].height}`;
    const context = await browser.newContext({ viewport: VIEWPORTS[name] });
    await offline(context, origin);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const lang of ['vi', 'en'] as const) {
      const run = (rule: string, body: () => Promise<void>) =>
        results.attempt(GROUP, rule, `${PATHS.map[lang]} (${size})`, async () => {
          errors.length = 0;
          await body();
          expect(errors.length === 0, `uncaught script error: ${errors.join('; ')}`);
        });
      await run('map labels inside the map, clear of each other and of the markers', () =>
        labelsClear(page, origin, lang),
      );
      await run('map opens on the year with the most figures and keeps ?year=', () =>
        opensOnBusiestYear(page, origin, lang),
      );
    }
    await context.close();
  }
  const noJs = await browser.newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
  await offline(noJs, origin);
  const page = await noJs.newPage();
  page.setDefaultTimeout(TIMEOUT);
  for (const lang of ['vi', 'en'] as const)
    await results.attempt(
      GROUP,
      'map form without JavaScript offers the year with the most figures',
      `${PATHS.map[lang]} (no JavaScript)`,
      () => withoutJavaScript(page, origin, lang),
    );
  await noJs.close();
}
