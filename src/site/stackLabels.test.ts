import { describe, expect, it } from 'vitest';
import { hasGapMark, headerLabels, labelCells } from './stackLabels.ts';

const table = `<caption>C</caption><thead><tr><th scope="col">Năm <span>↕</span></th>
<th scope="col" class="num">Tỷ lệ "%"</th><th scope="col">Nguồn</th></tr></thead>
<tbody><tr><th scope="row">2020</th><td class="num" data-sort="2.5">2,5</td><td><a href="/x">QĐ</a><details><summary>Ghi chú</summary><p>n</p></details></td></tr>
<tr><th scope="row">2019</th><td class="num"><span class="not-published">—</span></td><td>x</td></tr></tbody>`;

describe('labelCells', () => {
  it('reads the header texts without tags', () => {
    expect(headerLabels(table)).toEqual(['Năm ↕', 'Tỷ lệ &quot;%&quot;', 'Nguồn']);
  });

  it("labels every body cell with its column's header, row headers excepted", () => {
    const out = labelCells(table);
    expect(out.match(/data-label="Tỷ lệ &quot;%&quot;"/g)).toHaveLength(2);
    expect(out.match(/data-label="Nguồn"/g)).toHaveLength(2);
    expect(out).toContain('<th scope="row">2020</th>');
    expect(out).not.toContain('<th data-label');
    // Elements inside a cell (summary, p) are not cells; the content is wrapped whole.
    expect(out).toContain('<summary>Ghi chú</summary>');
    expect(out).toContain(
      '<td class="num" data-sort="2.5" data-label="Tỷ lệ &quot;%&quot;"><div class="cell">2,5</div></td>',
    );
  });

  it('keeps a label already written and leaves a table without header alone', () => {
    const given = table.replace('<td>x</td>', '<td data-label="Riêng">x</td>');
    expect(labelCells(given)).toContain('<td data-label="Riêng">x</td>');
    expect(labelCells(given)).toContain('<div class="cell"><a href="/x">QĐ</a>');
    expect(labelCells('<tbody><tr><td>1</td></tr></tbody>')).toBe(
      '<tbody><tr><td>1</td></tr></tbody>',
    );
  });

  it('knows whether a gap mark is shown', () => {
    expect(hasGapMark(table)).toBe(true);
    expect(hasGapMark('<td>1</td>')).toBe(false);
  });
});
