/**
 * Every page of the sitemap on a 360×640 phone, with every `<details>` opened (a chart's table
 * is something a reader opens): the document never scrolls sideways, and every figure in a table
 * (a `td.num`, or any body cell with a digit) lies within the screen horizontally, or inside a
 * labelled scroll region that says it scrolls: `role="region"`, a name, `tabindex="0"` and an
 * `aria-describedby` hint that is visible. One test per page.
 */
import type { Browser, Page } from 'playwright-core';
import { VIEWPORTS, offline } from '../lib/browser.ts';
import { Results, messageOf } from '../lib/results.ts';

const RULE = 'phone 360×640: no sideways scrolling, every figure on screen or in a labelled region';

/** What one page breaks, as sentences; runs in the page. */
export function narrowProblems(): string[] {
  const problems: string[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) {
    problems.push(`the page scrolls sideways: ${doc.scrollWidth} px wide on ${doc.clientWidth} px`);
  }
  const width = doc.clientWidth;
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const named = (el: Element) => {
    if (el.getAttribute('aria-label')?.trim()) return true;
    const ids = el.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
    return ids.some((id) => document.getElementById(id)?.textContent?.trim());
  };
  const hinted = (el: Element) => {
    const ids = el.getAttribute('aria-describedby')?.split(/\s+/).filter(Boolean) ?? [];
    return ids.some((id) => {
      const hint = document.getElementById(id);
      return hint !== null && visible(hint) && Boolean(hint.textContent?.trim());
    });
  };
  /** The nearest ancestor that scrolls sideways, if any. */
  const scroller = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const overflow = getComputedStyle(p).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && p.scrollWidth > p.clientWidth) return p;
    }
    return undefined;
  };
  const describe = (cell: Element) => {
    const table = cell.closest('table');
    const caption = table?.querySelector('caption')?.textContent?.trim() ?? table?.id ?? 'table';
    const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `"${text}" in "${caption.slice(0, 60)}"`;
  };
  const offscreen = new Map<string, string[]>();
  const cells = [...document.querySelectorAll('td, tbody th')].filter(
    (c) => c.matches('td.num') || /\d/.test(c.textContent ?? ''),
  );
  for (const cell of cells) {
    if (!visible(cell)) continue;
    const r = cell.getBoundingClientRect();
    if (r.left >= -1 && r.right <= width + 1) continue;
    const region = scroller(cell);
    let why: string;
    if (!region) why = 'off screen, and nothing scrolls it into view';
    else if (
      region.getAttribute('role') === 'region' &&
      named(region) &&
      region.getAttribute('tabindex') === '0' &&
      hinted(region)
    )
      continue;
    else why = 'off screen in a scroll region without role, name, tabindex="0" and a visible hint';
    const list = offscreen.get(why) ?? [];
    list.push(describe(cell));
    offscreen.set(why, list);
  }
  for (const [why, list] of offscreen) {
    problems.push(
      `${list.length} figure(s) ${why}: ${list.slice(0, 3).join('; ')}${list.length > 3 ? ' …' : ''}`,
    );
  }
  return problems;
}

async function problemsOf(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  return page.evaluate(narrowProblems);
}

export async function checkNarrow(
  results: Results,
  browser: Browser,
  origin: string,
  paths: string[],
): Promise<void> {
  const context = await browser.newContext({ viewport: VIEWPORTS.phone });
  await offline(context, origin);
  const page = await context.newPage();
  for (const path of paths) {
    try {
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      if (!response?.ok()) {
        results.fail('narrow', RULE, path, `page does not load: HTTP ${response?.status() ?? '?'}`);
        continue;
      }
      results.record('narrow', RULE, path, await problemsOf(page));
    } catch (error) {
      results.fail('narrow', RULE, path, messageOf(error));
    }
  }
  await context.close();
}
