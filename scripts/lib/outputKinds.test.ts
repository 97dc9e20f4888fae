import { describe, expect, it } from 'vitest';
import { bytesByKind, formatShares, outputKind } from './outputKinds.ts';

describe('output kinds', () => {
  it('sorts files by extension, and everything under pagefind/ into the search index', () => {
    expect(outputKind('index.html')).toBe('HTML');
    expect(outputKind('/en/areas/x/index.html')).toBe('HTML');
    expect(outputKind('share/overview.PNG')).toBe('PNG');
    expect(outputKind('charts/a.svg')).toBe('SVG');
    expect(outputKind('data/areas.csv')).toBe('CSV');
    expect(outputKind('map/vn.geojson')).toBe('JSON');
    expect(outputKind('data/all.xlsx')).toBe('XLSX');
    expect(outputKind('_astro/be-vietnam-pro.woff2')).toBe('fonts');
    expect(outputKind('_astro/page.js')).toBe('JS');
    expect(outputKind('_astro/index.css')).toBe('CSS');
    expect(outputKind('pagefind/pagefind.js')).toBe('search index');
    expect(outputKind('pagefind/index/en_1.pf_index')).toBe('search index');
    expect(outputKind('a/pagefind.html')).toBe('HTML');
    expect(outputKind('robots.txt')).toBe('other');
    expect(outputKind('CNAME')).toBe('other');
  });

  it('sums bytes per kind and prints each share of the total', () => {
    const bytes = bytesByKind([
      { path: 'index.html', size: 3 * 1024 * 1024 },
      { path: 'en/index.html', size: 1024 * 1024 },
      { path: 'pagefind/x.pf_index', size: 1024 * 1024 },
    ]);
    expect(bytes.HTML).toBe(4 * 1024 * 1024);
    expect(bytes['search index']).toBe(1024 * 1024);
    expect(bytes.PNG).toBe(0);
    const table = formatShares([{ label: 'real', bytes }]).split('\n');
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(/HTML.*search index.*total MB/);
    expect(table[0]).not.toMatch(/PNG/);
    expect(table[2]).toMatch(/4\.0 \(80%\).*1\.0 \(20%\).*5\.0/);
  });
});
