/**
 * Every text of every chart lies inside its drawing, measured by Chromium itself: on the area,
 * funding, progress, overview and scorecard pages at 360×640 and 1280×800 (the drawing each size
 * shows, in the page's font), and in each published SVG file opened on its own (the drawing
 * the PNG button rasterises in the browser, in the fallback font). Each text's getBBox() is compared with the
 * SVG's viewBox. One test per page and size, and one per SVG file. The vitest twin
 * (src/site/charts/fit.test.ts) checks the same with the layout's own estimate.
 */
import type { Browser, Page } from 'playwright-core';
import { VIEWPORTS, offline, type ViewportName } from '../lib/browser.ts';
import { Results, messageOf } from '../lib/results.ts';
import { pageType, type PageType } from '../lib/site.ts';

const GROUP = 'charts';
const RULE = 'every chart text inside its drawing (getBBox within the viewBox)';
const KINDS: PageType[] = ['overview', 'area', 'funding', 'progress', 'scorecard'];

/** The texts of each rendered chart SVG that leave its viewBox; runs in the page. */
function outside(selector: string): { problems: string[]; checked: number; files: string[] } {
  const problems: string[] = [];
  let checked = 0;
  for (const svg of document.querySelectorAll<SVGSVGElement>(selector)) {
    const box = svg.viewBox.baseVal;
    if (!box || box.width === 0) continue;
    // A drawing hidden at this size (the other of the pair) has no boxes to measure.
    if (svg.getBoundingClientRect().width === 0) continue;
    checked++;
    const name = svg.getAttribute('aria-labelledby')?.split(' ')[0] ?? '(chart)';
    for (const text of svg.querySelectorAll('text')) {
      const b = text.getBBox();
      const sides = [
        b.x < box.x - 0.5 && `left by ${(box.x - b.x).toFixed(1)}`,
        b.x + b.width > box.x + box.width + 0.5 &&
          `right by ${(b.x + b.width - box.x - box.width).toFixed(1)}`,
        b.y < box.y - 0.5 && `top by ${(box.y - b.y).toFixed(1)}`,
        b.y + b.height > box.y + box.height + 0.5 &&
          `bottom by ${(b.y + b.height - box.y - box.height).toFixed(1)}`,
      ].filter(Boolean);
      if (sides.length)
        problems.push(`${name}: "${text.textContent}" leaves the drawing ${sides.join(', ')}`);
    }
  }
  const files = [...document.querySelectorAll<HTMLAnchorElement>('a[data-download="svg"]')].map(
    (a) => a.href,
  );
  return { problems, checked, files };
}

async function measure(page: Page, selector: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(outside, selector);
}

export async function checkChartText(
  results: Results,
  browser: Browser,
  origin: string,
  paths: string[],
): Promise<void> {
  const pages = paths.filter((p) => KINDS.includes(pageType(p)));
  const files = new Set<string>();
  for (const size of Object.keys(VIEWPORTS) as ViewportName[]) {
    const context = await browser.newContext({ viewport: VIEWPORTS[size] });
    await offline(context, origin);
    const page = await context.newPage();
    for (const path of pages) {
      const where = `${path} @ ${VIEWPORTS[size].width} px`;
      try {
        const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        if (!response?.ok()) {
          results.fail(GROUP, RULE, where, `HTTP ${response?.status() ?? '?'}`);
          continue;
        }
        const found = await measure(page, '.chart__svg svg');
        found.files.forEach((f) => files.add(f));
        if (found.checked === 0) results.skip(GROUP, RULE, where, 'no chart on this page');
        else results.record(GROUP, RULE, where, found.problems);
      } catch (error) {
        results.fail(GROUP, RULE, where, messageOf(error));
      }
    }
    await context.close();
  }
  // The published files, each opened on its own as the image a reader downloads.
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  await offline(context, origin);
  const page = await context.newPage();
  for (const file of [...files].sort()) {
    const where = new URL(file).pathname;
    try {
      const response = await page.goto(file, { waitUntil: 'load' });
      if (!response?.ok()) {
        results.fail(GROUP, RULE, where, `HTTP ${response?.status() ?? '?'}`);
        continue;
      }
      results.record(GROUP, RULE, where, (await measure(page, 'svg')).problems);
    } catch (error) {
      results.fail(GROUP, RULE, where, messageOf(error));
    }
  }
  await context.close();
}
