/** Small helpers for writing SVG as text at build time (no DOM needed, deterministic output). */
import { escapeXml } from '../text/escapeXml.ts';
import { measureText } from './textMetrics.ts';

/** Rounds coordinates so snapshots are stable and files small. */
export const r = (n: number): number => Math.round(n * 10) / 10;

export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const innerWidth = (f: Frame) => f.width - f.margin.left - f.margin.right;
export const innerHeight = (f: Frame) => f.height - f.margin.top - f.margin.bottom;

/** Two sizes of every chart: one drawn for phones, one for wider screens (CSS shows one). */
export const SIZES = {
  narrow: { width: 360, height: 300 },
  wide: { width: 720, height: 340 },
} as const;
export type SizeName = keyof typeof SIZES;

/** Colour-blind-safe colours (Okabe–Ito), dark enough on white for lines and text. */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#D55E00',
  green: '#009E73',
  purple: '#CC79A7',
  sky: '#56B4E9',
  yellow: '#E69F00',
  grey: '#6b7580',
  ink: '#1b1f23',
} as const;

/** Colours for many series at once (comparisons); the same list styles the HTML legends. */
export const SERIES_COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#E69F00',
  '#1b1f23',
  '#6b7580',
  '#8c564b',
] as const;

/** The opening tag of an accessible chart: an image whose name and description are its title and desc. */
export function svgOpen(
  id: string,
  width: number,
  height: number,
  title: string,
  desc: string,
): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d" font-family="'Be Vietnam Pro', system-ui, sans-serif" font-size="12">` +
    `<title id="${id}-t">${escapeXml(title)}</title><desc id="${id}-d">${escapeXml(desc)}</desc>`
  );
}

/** Width of a label in px (no DOM at build time): the estimate of textMetrics.ts. */
export const textWidth = (text: string, fontSize = 12): number => measureText(text, { fontSize });

/**
 * Lays legend items out left to right, wrapping to a new row when the next would overflow.
 * Returns each item's position and the number of rows used.
 */
export function flowLegend(
  labels: readonly string[],
  left: number,
  width: number,
  swatch = 24,
): { positions: { x: number; row: number }[]; rows: number } {
  const positions: { x: number; row: number }[] = [];
  let x = left;
  let row = 0;
  for (const label of labels) {
    const w = swatch + textWidth(label) + 14;
    if (x > left && x + w > width) {
      row++;
      x = left;
    }
    positions.push({ x, row });
    x += w;
  }
  return { positions, rows: row + 1 };
}
