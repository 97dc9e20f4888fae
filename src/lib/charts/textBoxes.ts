/**
 * The box of every `<text>` of a chart's SVG, estimated with the same measure the layout uses
 * (textMetrics.ts), and which of them leave the drawing. For tests and checks: a chart whose
 * text is cut off on a page, or in its published SVG and PNG, has a box outside its viewBox.
 */
import { measureText } from './textMetrics.ts';

export interface TextBox {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const attr = (attrs: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

const unescape = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The drawing's size, from the root's viewBox. */
export function viewBoxOf(svg: string): { width: number; height: number } {
  const m = /<svg [^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!m) throw new Error('no viewBox on the root <svg>');
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** Every text element's estimated box (ascent of a capital with a Vietnamese mark, descent). */
export function textBoxes(svg: string): TextBox[] {
  const rootSize = Number(/<svg [^>]*font-size="([\d.]+)"/.exec(svg)?.[1] ?? 16);
  const boxes: TextBox[] = [];
  for (const m of svg.matchAll(/<text(\s[^>]*)?>([\s\S]*?)<\/text>/g)) {
    const attrs = m[1] ?? '';
    const text = unescape(m[2] ?? '');
    const size = Number(attr(attrs, 'font-size') ?? rootSize);
    const bold = Number(attr(attrs, 'font-weight') ?? 400) >= 600;
    const width = measureText(text, { fontSize: size, bold });
    const x = Number(attr(attrs, 'x') ?? 0);
    const y = Number(attr(attrs, 'y') ?? 0);
    const anchor = attr(attrs, 'text-anchor') ?? 'start';
    const x0 = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
    boxes.push({ text, x0, x1: x0 + width, y0: y - size * 1.0, y1: y + size * 0.3 });
  }
  return boxes;
}

/** The texts whose box leaves the drawing, each with how it leaves. */
export function textOutside(svg: string): string[] {
  const { width, height } = viewBoxOf(svg);
  const out: string[] = [];
  const EPS = 0.5;
  for (const b of textBoxes(svg)) {
    const sides = [
      b.x0 < -EPS && `left by ${(-b.x0).toFixed(1)}`,
      b.x1 > width + EPS && `right by ${(b.x1 - width).toFixed(1)}`,
      b.y0 < -EPS && `top by ${(-b.y0).toFixed(1)}`,
      b.y1 > height + EPS && `bottom by ${(b.y1 - height).toFixed(1)}`,
    ].filter(Boolean);
    if (sides.length)
      out.push(`"${b.text}" leaves the ${width}×${height} drawing: ${sides.join(', ')}`);
  }
  return out;
}
