/**
 * The page-weight budgets, in gzipped bytes fetched on a first visit (HTML, CSS, JS, fonts,
 * images and anything else the page loads; 1 KB = 1000 bytes):
 * - every page ≤ 35 KB in all, and ≤ 15 KB of it JS;
 * - the map page ≤ 70 KB in all and ≤ 60 KB JS: the map's script and the district shapes;
 * - the search page, with a query, ≤ 180 KB in all and ≤ 60 KB JS: Pagefind's script, its WASM
 *   (about 60 KB) and the index chunks and result fragments of one query.
 */
import type { PageType } from './site.ts';

export const KB = 1000;
export const WEIGHT_KINDS = ['html', 'css', 'js', 'fonts', 'images', 'other'] as const;
export type WeightKind = (typeof WEIGHT_KINDS)[number];
export type Weights = Record<WeightKind, number> & { total: number };

export interface Budget {
  total: number;
  js: number;
}

export const PAGE_BUDGET: Budget = { total: 35 * KB, js: 15 * KB };
const APART: Partial<Record<PageType, Budget>> = {
  map: { total: 70 * KB, js: 60 * KB },
  search: { total: 180 * KB, js: 60 * KB },
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
  return problems;
}

export const describeBudget = (type: PageType) => {
  const budget = budgetFor(type);
  return `≤ ${budget.total / KB} KB, JS ≤ ${budget.js / KB}`;
};
