import { describe, expect, it } from 'vitest';
import { KB, budgetFor, overBudget, type Weights } from './weightBudget.ts';

const weights = (parts: Partial<Weights>): Weights => {
  const w = { html: 0, css: 0, js: 0, fonts: 0, images: 0, other: 0, ...parts };
  return { ...w, total: w.html + w.css + w.js + w.fonts + w.images + w.other };
};

describe('page weight budgets', () => {
  it('holds every page to 35 KB in all and 15 KB of JS, the map and search pages apart', () => {
    expect(budgetFor('area')).toEqual({ total: 35 * KB, js: 15 * KB });
    expect(budgetFor('changes')).toEqual(budgetFor('overview'));
    expect(budgetFor('map').total).toBeGreaterThan(35 * KB);
    expect(budgetFor('search').total).toBeGreaterThan(budgetFor('map').total);
  });

  it('passes a page within its budget', () => {
    expect(overBudget(weights({ html: 25 * KB, css: 3 * KB, js: 7 * KB }), 'area')).toEqual([]);
  });

  it('fails the page that was measured: 22 KB of HTML and 67 KB of fonts', () => {
    const problems = overBudget(
      weights({ html: 22_100, css: 3300, js: 2300, fonts: 66_900, images: 200 }),
      'area',
    );
    expect(problems).toEqual([
      'page weighs 94.8 KB gzipped, over the 35 KB budget (fonts 66.9, html 22.1, css 3.3, js 2.3, images 0.2)',
    ]);
  });

  it('holds the search page to 150 KB in all and Pagefind to 110 KB of it', () => {
    expect(budgetFor('search')).toEqual({ total: 150 * KB, js: 60 * KB, pagefind: 110 * KB });
    const measured = { ...weights({ html: 2500, css: 2900, js: 30_000, other: 111_000 }) };
    expect(overBudget({ ...measured, pagefind: 108_000 }, 'search')).toEqual([]);
    expect(overBudget({ ...measured, pagefind: 111_500 }, 'search')).toEqual([
      "Pagefind's part is 111.5 KB gzipped, over the 110 KB budget",
    ]);
    // The search page before: 184.9 KB in all, 177.6 of it Pagefind.
    expect(
      overBudget(
        { ...weights({ html: 2500, js: 28_500, other: 153_900 }), pagefind: 177_600 },
        'search',
      ),
    ).toHaveLength(2);
  });

  it('fails too much JS even when the total is within budget', () => {
    expect(overBudget(weights({ html: 5 * KB, js: 16 * KB }), 'overview')).toEqual([
      'JS is 16.0 KB gzipped, over the 15 KB budget',
    ]);
    expect(overBudget(weights({ html: 5 * KB, js: 50 * KB }), 'map')).toEqual([]);
  });
});
