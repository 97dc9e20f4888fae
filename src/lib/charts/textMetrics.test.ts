import { describe, expect, it } from 'vitest';
import { textOutside } from './textBoxes.ts';
import { measureText, wrapText } from './textMetrics.ts';

describe('measureText', () => {
  it('is wider for digits and capitals than for thin letters, and for bold', () => {
    expect(measureText('0000')).toBeGreaterThan(measureText('iiii'));
    expect(measureText('MMMM')).toBeGreaterThan(measureText('nnnn'));
    expect(measureText('Vốn', { bold: true })).toBeGreaterThan(measureText('Vốn'));
  });

  it('measures a Vietnamese letter at least as wide as its base letter', () => {
    expect(measureText('ố')).toBeGreaterThanOrEqual(measureText('o'));
    expect(measureText('Giải ngân')).toBeGreaterThan(measureText('Giai ngan'));
  });
});

describe('wrapText', () => {
  it('keeps every line within the width and every word', () => {
    const text = 'Chính sách giảm nghèo khác · Cho vay làm nhà ở (QĐ 33/2015/QĐ-TTg) (2016–2018)';
    const lines = wrapText(text, 150);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measureText(line)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe(text);
  });

  it('cuts a word longer than the line', () => {
    const lines = wrapText('x'.repeat(60), 100);
    for (const line of lines) expect(measureText(line)).toBeLessThanOrEqual(100);
    expect(lines.join('')).toBe('x'.repeat(60));
  });
});

describe('textOutside', () => {
  const svg = (body: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" font-size="12">${body}</svg>`;

  it('finds a label running off the right, an end-anchored one off the left, and one off the top', () => {
    expect(
      textOutside(svg('<text x="150" y="50">Allocated: about VND 17.5 billion</text>')),
    ).toEqual([expect.stringContaining('right by')]);
    expect(textOutside(svg('<text x="10" y="50" text-anchor="end">30%</text>'))).toEqual([
      expect.stringContaining('left by'),
    ]);
    expect(textOutside(svg('<text x="10" y="4">a</text>'))[0]).toContain('top by');
  });

  it('passes text inside, and ignores <title> elements', () => {
    expect(
      textOutside(
        svg(
          '<title>a very long title that is not drawn at all, ever</title><text x="10" y="50">30%</text>',
        ),
      ),
    ).toEqual([]);
  });
});
