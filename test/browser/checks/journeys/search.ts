/**
 * The search journey: area titles with đ/Đ typed without diacritics find their page.
 */
import type { Page } from 'playwright-core';
import type { Lang } from '../../../../src/lib/text/lang.ts';
import { expect } from '../../lib/results.ts';
import { PATHS, fold, pageType } from '../../lib/site.ts';
import { AREA_PATH, go, visibleH1 } from './steps.ts';

export interface SearchCase {
  lang: Lang;
  query: string;
  /** The words of the query that had đ/Đ before folding. */
  dWords: string[];
  expected: string;
  title: string;
}

/** Up to four words around the first word with đ/Đ in a title, as typed without diacritics. */
function queryFor(title: string): { query: string; dWords: string[] } | undefined {
  const words = title.split(/[\s:–,]+/).filter(Boolean);
  const i = words.findIndex((w) => /[đĐ]/.test(w));
  if (i < 0) return undefined;
  const picked = words.slice(Math.max(0, i - 2), i + 2);
  return {
    query: fold(picked.join(' ')).toLowerCase(),
    dWords: picked.filter((w) => /[đĐ]/.test(w)).map((w) => fold(w).toLowerCase()),
  };
}

export async function findSearchCases(page: Page, origin: string): Promise<SearchCase[]> {
  const cases: SearchCase[] = [];
  const linksOn = async (path: string) => {
    await go(page, origin, path);
    return page.locator('main a[href]').evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href') ?? '',
        text: (a as HTMLElement).innerText.trim(),
      })),
    );
  };
  for (const lang of ['vi', 'en'] as const) {
    const area = (await linksOn(PATHS.areas[lang])).find(
      (l) => AREA_PATH.test(l.href) && /[đĐ]/.test(l.text),
    );
    if (area) cases.push({ lang, expected: area.href, title: area.text, ...queryFor(area.text)! });
  }
  const explainer = (await linksOn(PATHS.explainers.vi)).find(
    (l) => pageType(l.href) === 'explainer' && /đ/.test(l.text),
  );
  if (explainer)
    cases.push({
      lang: 'vi',
      expected: explainer.href,
      title: explainer.text,
      ...queryFor(explainer.text)!,
    });
  return cases;
}

export async function searchJourney(page: Page, origin: string, c: SearchCase): Promise<void> {
  // From the overview, through the navigation, as a reader would.
  await go(page, origin, PATHS.overview[c.lang]);
  const nav = page.locator(`nav a[href="${PATHS.search[c.lang]}"]`).first();
  expect((await nav.count()) > 0, `the navigation has no link to ${PATHS.search[c.lang]}`);
  await Promise.all([page.waitForURL((u) => u.pathname === PATHS.search[c.lang]), nav.click()]);
  const input = page.locator('main input[type="search"]').first();
  await input.click();
  await input.pressSequentially(c.query, { delay: 10 });
  await Promise.all([page.waitForURL((u) => u.searchParams.has('q')), input.press('Enter')]);
  const results = page.locator('main .search-results a[href]');
  await results.first().waitFor({ state: 'visible' });
  const top = await results.evaluateAll((as) =>
    as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  const rank = top.indexOf(c.expected);
  expect(
    rank >= 0,
    `"${c.query}" does not list ${c.expected} ("${c.title}") in its first 3 results: ${top.join(', ') || 'none'}`,
  );

  // Each đ/Đ word alone, as an exact word ("don", not don*: Pagefind matches prefixes), must find
  // the page: proves the stroke was folded, not that the other words carried the query.
  for (const word of c.dWords) {
    const found = await page.evaluate(
      async ({ bundle, q }) => {
        const pf = (await import(bundle)) as {
          search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
        };
        const s = await pf.search(q);
        return Promise.all(
          s.results.map(async (r) => new URL((await r.data()).url, location.href).pathname),
        );
      },
      { bundle: '/pagefind/pagefind.js', q: `"${word}"` },
    );
    expect(
      found.includes(c.expected),
      `the folded word "${word}" alone does not find ${c.expected} (${found.length} results): đ/Đ is not folded`,
    );
  }

  const link = results.nth(rank);
  await Promise.all([page.waitForURL((u) => u.pathname === c.expected), link.click()]);
  const h1 = await visibleH1(page);
  expect(
    c.query.split(' ').every((w) => fold(h1).toLowerCase().includes(w)) ||
      fold(c.title).toLowerCase().includes(fold(h1).toLowerCase()),
    `${c.expected} is titled "${h1}", not "${c.title}"`,
  );
}
