/**
 * The page-weight budgets, in gzipped bytes fetched on a first visit (HTML, CSS, JS, fonts,
 * images and anything else the page loads; 1 KB = 1000 bytes):
 * - every page ≤ 35 KB in all, and ≤ 15 KB of it JS;
 * - the map page ≤ 70 KB in all and ≤ 60 KB JS: the map's script and the district shapes;
 * - the search page, with a cold query ("cho don", "bac kan"), ≤ 150 KB in all and ≤ 60 KB JS,
 *   of which Pagefind's part (everything under /pagefind/: its script, its WASM of 55–60 KB, the
 *   index chunk, the result list's results.<lang>.json and the fragments of the excerpts on
 *   screen) ≤ 110 KB. Measured before this budget: 185–197 KB, Pagefind 178–190 KB, 22 requests.
 */
import type { PageType } from './site.ts';

export const KB = 1000;
export const WEIGHT_KINDS = ['html', 'css', 'js', 'fonts', 'images', 'other'] as const;
export type WeightKind = (typeof WEIGHT_KINDS)[number];
/** `pagefind`: the part of the total fetched from Pagefind's bundle (under /pagefind/). */
export type Weights = Record<WeightKind, number> & { total: number; pagefind?: number };

export interface Budget {
  total: number;
  js: number;
  /** For the search page: Pagefind's part of the total. */
  pagefind?: number;
}

export const PAGE_BUDGET: Budget = { total: 35 * KB, js: 15 * KB };
const APART: Partial<Record<PageType, Budget>> = {
  map: { total: 70 * KB, js: 60 * KB },
  search: { total: 150 * KB, js: 60 * KB, pagefind: 110 * KB },
};

export const budgetFor = (type: PageType): Budget => APART[type] ?? PAGE_BUDGET;

export const kb = (bytes: number) => (bytes / KB).toFixed(1);

/** What is over the page's budget, one message each; empty when within it. */
export function overBudget(weights: Weights, type: PageType): string[] {
  const budget = budgetFor(type);
  const problems: string[] = [];
  if (weights.total > budget.total) {
    const parts = WEIGHT_KINDS.filter((k) => weights[k] > 0)
      .sort((a, b) => weights[b] - weights[a])
      .map((k) => `${k} ${kb(weights[k])}`);
    problems.push(
      `page weighs ${kb(weights.total)} KB gzipped, over the ${budget.total / KB} KB budget (${parts.join(', ')})`,
    );
  }
  if (weights.js > budget.js) {
    problems.push(`JS is ${kb(weights.js)} KB gzipped, over the ${budget.js / KB} KB budget`);
  }
  if (budget.pagefind !== undefined && (weights.pagefind ?? 0) > budget.pagefind) {
    problems.push(
      `Pagefind's part is ${kb(weights.pagefind ?? 0)} KB gzipped, over the ${budget.pagefind / KB} KB budget`,
    );
  }
  return problems;
}

export const describeBudget = (type: PageType) => {
  const budget = budgetFor(type);
  const pagefind = budget.pagefind === undefined ? '' : `, Pagefind ≤ ${budget.pagefind / KB}`;
  return `≤ ${budget.total / KB} KB, JS ≤ ${budget.js / KB}${pagefind}`;
};
