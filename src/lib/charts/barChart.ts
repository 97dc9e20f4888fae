/**
 * Horizontal bars, grouped by category (e.g. a project and period) with one bar per measure
 * (allocated, disbursed). A value that was not published is written out, not drawn as zero;
 * an optional target appears as a vertical tick. Long Vietnamese labels sit above their bars,
 * which reads well on phones.
 */
import { scaleLinear } from 'd3';
import { flowLegend, PALETTE, r, svgOpen } from './svg.ts';
import { escapeXml } from '../text/escapeXml.ts';

export interface BarMeasure {
  key: string;
  label: string;
  color: string;
}

export interface BarGroup {
  label: string;
  values: Record<string, number | undefined>;
  /** Prefix the source used ("hơn", "khoảng"), shown with the number. */
  qualifier?: string;
  target?: number;
}

export interface BarChartInput {
  id: string;
  title: string;
  desc: string;
  measures: BarMeasure[];
  groups: BarGroup[];
  formatValue: (v: number) => string;
  notPublished: string;
  targetLabel: string;
  /**
   * Give each group its own scale (a bullet chart): for results against targets in different
   * units, where only the bar's length against its own target means anything.
   */
  scalePerGroup?: boolean;
}

const BAR = 14;
const GAP = 4;
const LABEL = 18;
const GROUP_GAP = 14;

export function chartHeight(input: Pick<BarChartInput, 'measures' | 'groups'>): number {
  const perGroup = LABEL + input.measures.length * (BAR + GAP) + GROUP_GAP;
  return 12 + input.groups.length * perGroup + 28;
}

const left = 8;

/** The legend, wrapped onto as many rows as its labels need at this width. */
function legendOf(input: BarChartInput, size: { width: number }) {
  const legend = input.measures.map((m) => ({ label: m.label, color: m.color }));
  if (input.groups.some((g) => g.target !== undefined))
    legend.push({ label: input.targetLabel, color: PALETTE.green });
  const layout = flowLegend(
    legend.map((l) => l.label),
    left,
    size.width - 8,
    18,
  );
  return { legend, layout };
}

/** The height renderBarChart will draw at, without drawing (e.g. to size an iframe). */
export function barChartHeight(input: BarChartInput, size: { width: number }): number {
  return chartHeight(input) + (legendOf(input, size).layout.rows - 1) * 18;
}

export function renderBarChart(input: BarChartInput, size: { width: number }): string {
  const { legend, layout } = legendOf(input, size);
  const height = barChartHeight(input, size);
  const valueRoom = size.width < 500 ? 110 : 150;
  const maxOf = (groups: BarGroup[]) =>
    Math.max(
      1,
      ...groups
        .flatMap((g) => [...Object.values(g.values), g.target])
        .filter((v): v is number => v !== undefined),
    );
  const shared = scaleLinear()
    .domain([0, maxOf(input.groups)])
    .range([left, size.width - valueRoom]);
  const parts = [svgOpen(input.id, size.width, height, input.title, input.desc)];
  let cursor = 12;
  for (const group of input.groups) {
    const x = input.scalePerGroup
      ? scaleLinear()
          .domain([0, maxOf([group])])
          .range([left, size.width - valueRoom])
      : shared;
    parts.push(
      `<text x="${left}" y="${cursor + 12}" font-weight="600" fill="${PALETTE.ink}">${escapeXml(group.label)}</text>`,
    );
    cursor += LABEL;
    for (const measure of input.measures) {
      const value = group.values[measure.key];
      const mid = cursor + BAR / 2 + 4;
      if (value === undefined) {
        parts.push(
          `<rect x="${left}" y="${cursor}" width="2" height="${BAR}" fill="${measure.color}"/>`,
          `<text x="${left + 8}" y="${mid}" fill="${PALETTE.grey}" font-style="italic">${escapeXml(`${measure.label}: ${input.notPublished}`)}</text>`,
        );
      } else {
        const end = x(value);
        const tip = escapeXml(
          `${group.label}: ${measure.label} ${group.qualifier ?? ''}${input.formatValue(value)}`,
        );
        parts.push(
          `<rect x="${left}" y="${cursor}" width="${r(Math.max(1, end - left))}" height="${BAR}" fill="${measure.color}" data-tip="${tip}"/>`,
          `<text x="${r(end + 6)}" y="${mid}" fill="${PALETTE.ink}">${escapeXml(`${measure.label}: ${group.qualifier ?? ''}${input.formatValue(value)}`)}</text>`,
        );
      }
      cursor += BAR + GAP;
    }
    if (group.target !== undefined) {
      const tx = r(x(group.target));
      const top = cursor - input.measures.length * (BAR + GAP) - 2;
      parts.push(
        `<line x1="${tx}" x2="${tx}" y1="${top}" y2="${cursor}" stroke="${PALETTE.green}" stroke-width="3"><title>${escapeXml(`${input.targetLabel}: ${input.formatValue(group.target)}`)}</title></line>`,
      );
    }
    cursor += GROUP_GAP;
  }
  legend.forEach((item, i) => {
    const lx = layout.positions[i]!.x;
    parts.push(
      `<rect x="${r(lx)}" y="${cursor + layout.positions[i]!.row * 18}" width="12" height="12" fill="${item.color}"/>`,
      `<text x="${r(lx + 18)}" y="${cursor + 10 + layout.positions[i]!.row * 18}" fill="${PALETTE.ink}">${escapeXml(item.label)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
