import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { notIndexed, searchMeta, writeResultEntries } from './index-search.ts';

const page = (main: string) =>
  `<!doctype html><html lang="vi"><head><title>Huyện Chợ Đồn</title></head><body><main data-pagefind-body>${main}</main></body></html>`;

describe('what Pagefind is given', () => {
  it('cuts tables, chart notes, downloads, citations, code and data-pagefind-ignore', () => {
    const html = page(
      '<h1 id="t">Huyện Chợ Đồn</h1><p class="lead">Tỷ lệ hộ nghèo</p>' +
        '<section id="s"><h2>Nguồn vốn</h2><gn-sortable-table><div class="table-wrap"><table><tr><td>Đà Nẵng<p>unclosed</td></tr></table></div></gn-sortable-table></section>' +
        '<ul class="chart__notes"><li>Nguồn: <a href="/nguon/#x">Báo Đồng Nai</a></li></ul>' +
        '<ul class="downloads"><li><a href="/a.csv" download>CSV</a></li></ul>' +
        '<details class="cite" data-pagefind-ignore><summary>Trích dẫn</summary><details><summary>inner</summary></details><gn-copy><pre><code>x &lt; y</code></pre></gn-copy></details>' +
        '<details data-pagefind-ignore><summary>Ghi chú</summary><p>Điện Biên</p></details>' +
        '<script>if (a < b) document.write("<table>")</script><p>Kết thúc</p>',
    );
    const out = notIndexed(html);
    for (const gone of [
      'Đà Nẵng',
      'unclosed',
      'Đồng Nai',
      'CSV',
      'Trích dẫn',
      'inner',
      'x &lt; y',
      'Điện Biên',
      ' id="',
    ])
      expect(out).not.toContain(gone);
    for (const kept of [
      '<h1>Huyện Chợ Đồn</h1>',
      'Tỷ lệ hộ nghèo',
      '<h2>Nguồn vốn</h2>',
      'Kết thúc',
      '<script>',
    ])
      expect(out).toContain(kept);
  });

  it('leaves a page without such elements as it was, but for its ids', () => {
    const html = page('<h1 id="x">Tiêu đề</h1><p>Đoạn <br>văn<img src="a.png" alt=""></p>');
    expect(notIndexed(html)).toBe(html.replace(' id="x"', ''));
  });

  it('folds only the đ-words that are still indexed', () => {
    const html = notIndexed(page('<h1>Huyện Chợ Đồn</h1><table><tr><td>Đà Nẵng</td></tr></table>'));
    expect(searchMeta(html, '/dia-ban/064/').fold).not.toMatch(/Da|Nang/);
    expect(searchMeta(html, '/dia-ban/064/').fold).toMatch(/Don/);
  });
});

describe('results.<lang>.json', () => {
  it("lists every page's url, title and summary by its fragment, per language", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gn-results-'));
    try {
      await mkdir(join(dir, 'fragment'));
      const fragment = (o: object) => gzipSync(`pagefind_dcd${JSON.stringify(o)}`);
      await writeFile(
        join(dir, 'fragment', 'vi_1.pf_fragment'),
        fragment({
          url: '/dia-ban/064/',
          meta: { title: 'Huyện Chợ Đồn', summary: '20,5% (2020)' },
        }),
      );
      await writeFile(
        join(dir, 'fragment', 'en_2.pf_fragment'),
        fragment({ url: '/en/sources/', meta: { title: 'Sources' } }),
      );
      expect(await writeResultEntries(dir)).toEqual({ vi: 1, en: 1 });
      expect(JSON.parse(await readFile(join(dir, 'results.vi.json'), 'utf8'))).toEqual({
        vi_1: ['/dia-ban/064/', 'Huyện Chợ Đồn', '20,5% (2020)'],
      });
      expect(JSON.parse(await readFile(join(dir, 'results.en.json'), 'utf8'))).toEqual({
        en_2: ['/en/sources/', 'Sources'],
      });
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
