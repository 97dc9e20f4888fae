/**
 * Every page in its reader's language (issue 13): a Vietnamese page shows no English note and no
 * English source title (where it differs from the printed one), an English page no Vietnamese
 * note; each page's own notes sit in an element of its language; and the notes are there at all
 * (every source's note on the sources page, every row's note on its area's page). One test per
 * sitemap page, read with JavaScript off: what every reader gets first.
 */
import type { Browser } from 'playwright-core';
import { ROUTES } from '../../../src/i18n/routes.ts';
import { loadSite } from '../../../src/site/loadSite.ts';
import { offline } from '../lib/browser.ts';
import { languageProblems, languageRules, type PageText } from '../lib/languageRules.ts';
import { Results } from '../lib/results.ts';
import { langOf } from '../lib/site.ts';

const RULE = 'notes and titles in the page language';

/** The change log's pages, which show every column's cells (see languageProblems). */
const isRecord = (path: string) =>
  [ROUTES.changes.vi, ROUTES.changes.en].some((prefix) => path.startsWith(prefix));

/** The page's text nodes outside scripts and styles, each with the `lang` it inherits. */
function pageTexts(): PageText[] {
  const out: PageText[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, template')) continue;
    const text = node.nodeValue ?? '';
    if (!text.trim()) continue;
    out.push({ text, lang: parent.closest('[lang]')?.getAttribute('lang') ?? '' });
  }
  return out;
}

export async function checkLanguage(
  results: Results,
  browser: Browser,
  origin: string,
  paths: string[],
): Promise<void> {
  const data = (await loadSite()).data;
  const rules = languageRules(data.tables, new Set(data.areas.map((a) => a.code)));
  const context = await browser.newContext({ javaScriptEnabled: false });
  await offline(context, origin);
  const page = await context.newPage();
  for (const path of paths) {
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    if (!response?.ok()) {
      results.fail('language', RULE, path, `page does not load: HTTP ${response?.status() ?? '?'}`);
      continue;
    }
    const texts = await page.evaluate(pageTexts);
    results.record(
      'language',
      RULE,
      path,
      languageProblems(rules, path, langOf(path), texts, isRecord(path)),
    );
  }
  // Pages listed as required but missing from the sitemap would never be checked: say so.
  for (const path of rules.required.keys()) {
    if (!paths.includes(path))
      results.fail('language', RULE, path, 'a page that must show notes is not in the sitemap');
  }
  await context.close();
}
