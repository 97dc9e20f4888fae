/**
 * A page's preview image for link sharing (og:image), as an SVG of 1200×630 to be rasterised:
 * the site's name, the page's title, its key figure, and a chart drawn for the site placed
 * beneath. No interface text of its own; the caller passes every word.
 */
import { lineHeight, wrapText } from '../charts/textMetrics.ts';
import { escapeXml } from '../text/escapeXml.ts';

export const CARD = { width: 1200, height: 630 } as const;

export interface ShareCard {
  lang: string;
  site: string;
  title: string;
  /** The page's key figure: "12,34%" with its label ("Tỷ lệ hộ nghèo cuối năm 2020 (chính thức)"). */
  figure?: { value: string; label: string };
  /** A chart's SVG (a root <svg> with a viewBox), scaled into the space left. */
  chart?: string;
}

const INK = '#06344a';
const PAD = 56;

/** The root <svg> of a chart, placed in a box: its own size attributes give way to the box's. */
function placed(svg: string, x: number, y: number, width: number, height: number): string {
  const body = svg.replace(/^<\?xml[^>]*\?>\s*/, '');
  return body.replace(/^<svg\b([^>]*)>/, (_, attrs: string) => {
    const kept = attrs.replace(/\s(width|height|x|y|preserveAspectRatio)="[^"]*"/g, '');
    return `<svg${kept} x="${x}" y="${y}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet">`;
  });
}

export function renderShareCard(card: ShareCard): string {
  const { width, height } = CARD;
  const inner = width - 2 * PAD;
  const titleSize = 44;
  const titleLines = wrapText(card.title, inner, { fontSize: titleSize, bold: true }).slice(0, 2);
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<rect width="${width}" height="72" fill="${INK}"/>`,
    `<text x="${PAD}" y="46" font-size="26" font-weight="600" fill="#fff">${escapeXml(card.site)}</text>`,
  ];
  let y = 72 + 40 + titleSize;
  for (const line of titleLines) {
    parts.push(
      `<text x="${PAD}" y="${y}" font-size="${titleSize}" font-weight="600" fill="${INK}">${escapeXml(line)}</text>`,
    );
    y += lineHeight(titleSize);
  }
  if (card.figure) {
    const valueSize = 64;
    y += valueSize - lineHeight(titleSize) + 28;
    parts.push(
      `<text x="${PAD}" y="${y}" font-size="${valueSize}" font-weight="600" fill="#b34700">${escapeXml(card.figure.value)}</text>`,
    );
    const label = wrapText(card.figure.label, inner, { fontSize: 26 })[0] ?? '';
    parts.push(
      `<text x="${PAD}" y="${y + 40}" font-size="26" fill="#333">${escapeXml(label)}</text>`,
    );
    y += 40;
  }
  const top = y + 24;
  if (card.chart && height - PAD / 2 - top > 120)
    parts.push(placed(card.chart, PAD, top, inner, height - PAD / 2 - top));
  return `<svg xmlns="http://www.w3.org/2000/svg" lang="${escapeXml(card.lang)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="'Be Vietnam Pro', 'Noto Sans', sans-serif">${parts.join('')}</svg>`;
}
