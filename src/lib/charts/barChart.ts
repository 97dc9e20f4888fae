/**
 * Horizontal bars, grouped by category (e.g. a project and period) with one bar per measure
 * (allocated, disbursed). A value that was not published is written out, not drawn as zero;
 * an optional target appears as a vertical tick. Long Vietnamese labels sit above their bars,
 * which reads well on phones.
 *
 * Every text fits the drawing: names wrap onto as many lines as they need, and room is kept on
 * the right for the longest value label; where that would leave the bars too short (a phone),
 * each value goes on its own line under its bar instead (measured with textMetrics.ts).
 */
import { scaleLinear } from 'd3';
import { flowLegend, PALETTE, r, svgOpen } from './svg.ts';
import { lineHeight, measureText, wrapText } from './textMetrics.ts';
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
const LINE = lineHeight();
const left = 8;
const PAD = 8;
/** The bars keep at least this share of the width beside their labels, or labels move below. */
const MIN_BAR_SHARE = 0.45;

/** The legend, wrapped onto as many rows as its labels need at this width. */
function legendOf(input: BarChartInput, size: { width: number }) {
  const legend = input.measures.map((m) => ({ label: m.label, color: m.color }));
  if (input.groups.some((g) => g.target !== undefined))
    legend.push({ label: input.targetLabel, color: PALETTE.green });
  const layout = flowLegend(
    legend.map((l) => l.label),
    left,
    size.width - PAD,
    18,
  );
  return { legend, layout };
}

interface BarRow {
  measure: BarMeasure;
  value: number | undefined;
  /** The value label, one string per line. */
  lines: string[];
  height: number;
}

interface GroupLayout {
  group: BarGroup;
  lines: string[];
  rows: BarRow[];
}

const valueText = (input: BarChartInput, group: BarGroup, measure: BarMeasure) => {
  const value = group.values[measure.key];
  return value === undefined
    ? `${measure.label}: ${input.notPublished}`
    : `${measure.label}: ${group.qualifier ?? ''}${input.formatValue(value)}`;
};

/** Where everything goes at this width; the height and the drawing both come from it. */
function layoutOf(input: BarChartInput, size: { width: number }) {
  const textRoom = size.width - left - PAD;
  const published = input.groups.flatMap((g) =>
    input.measures
      .filter((m) => g.values[m.key] !== undefined)
      .map((m) => measureText(valueText(input, g, m))),
  );
  const valueRoom = Math.ceil(Math.max(0, ...published)) + 6;
  // Labels beside the bars when the bars keep enough of the width; under them otherwise.
  const inline = textRoom - valueRoom >= size.width * MIN_BAR_SHARE;
  const barEnd = inline ? size.width - PAD - valueRoom : size.width - PAD;
  const groups: GroupLayout[] = input.groups.map((group) => ({
    group,
    lines: wrapText(group.label, textRoom, { bold: true }),
    rows: input.measures.map((measure) => {
      const value = group.values[measure.key];
      const text = valueText(input, group, measure);
      if (value === undefined) {
        const lines = wrapText(text, textRoom - 8);
        return { measure, value, lines, height: BAR + GAP + (lines.length - 1) * LINE };
      }
      if (inline) return { measure, value, lines: [text], height: BAR + GAP };
      const lines = wrapText(text, textRoom);
      return { measure, value, lines, height: BAR + GAP + lines.length * LINE };
    }),
  }));
  const { legend, layout } = legendOf(input, size);
  const body = groups.reduce(
    (sum, g) =>
      sum +
      LABEL +
      (g.lines.length - 1) * LINE +
      g.rows.reduce((s, row) => s + row.height, 0) +
      GROUP_GAP,
    0,
  );
  const height = 12 + body + 28 + (layout.rows - 1) * 18;
  return { inline, barEnd, groups, legend, legendLayout: layout, height };
}

/** The height renderBarChart will draw at, without drawing (e.g. to size an iframe). */
export function barChartHeight(input: BarChartInput, size: { width: number }): number {
  return layoutOf(input, size).height;
}

export function renderBarChart(input: BarChartInput, size: { width: number }): string {
  const { inline, barEnd, groups, legend, legendLayout, height } = layoutOf(input, size);
  const maxOf = (list: BarGroup[]) =>
    Math.max(
      1,
      ...list
        .flatMap((g) => [...Object.values(g.values), g.target])
        .filter((v): v is number => v !== undefined),
    );
  const shared = scaleLinear()
    .domain([0, maxOf(input.groups)])
    .range([left, barEnd]);
  const parts = [svgOpen(input.id, size.width, height, input.title, input.desc)];
  let cursor = 12;
  for (const { group, lines, rows } of groups) {
    const x = input.scalePerGroup
      ? scaleLinear()
          .domain([0, maxOf([group])])
          .range([left, barEnd])
      : shared;
    lines.forEach((line, i) =>
      parts.push(
        `<text x="${left}" y="${cursor + 12 + i * LINE}" font-weight="600" fill="${PALETTE.ink}">${escapeXml(line)}</text>`,
      ),
    );
    cursor += LABEL + (lines.length - 1) * LINE;
    const top = cursor - 2;
    for (const row of rows) {
      const { measure, value } = row;
      const mid = cursor + BAR / 2 + 4;
      if (value === undefined) {
        parts.push(
          `<rect x="${left}" y="${cursor}" width="2" height="${BAR}" fill="${measure.color}"/>`,
          ...row.lines.map(
            (line, i) =>
              `<text x="${left + 8}" y="${mid + i * LINE}" fill="${PALETTE.grey}" font-style="italic">${escapeXml(line)}</text>`,
          ),
        );
      } else {
        const end = x(value);
        const tip = escapeXml(
          `${group.label}: ${measure.label} ${group.qualifier ?? ''}${input.formatValue(value)}`,
        );
        parts.push(
          `<rect x="${left}" y="${cursor}" width="${r(Math.max(1, end - left))}" height="${BAR}" fill="${measure.color}" data-tip="${tip}"/>`,
          ...row.lines.map((line, i) =>
            inline
              ? `<text x="${r(end + 6)}" y="${mid}" fill="${PALETTE.ink}">${escapeXml(line)}</text>`
              : `<text x="${left}" y="${cursor + BAR + 12 + i * LINE}" fill="${PALETTE.ink}">${escapeXml(line)}</text>`,
          ),
        );
      }
      cursor += row.height;
    }
    if (group.target !== undefined) {
      const tx = r(x(group.target));
      parts.push(
        `<line x1="${tx}" x2="${tx}" y1="${top}" y2="${cursor}" stroke="${PALETTE.green}" stroke-width="3"><title>${escapeXml(`${input.targetLabel}: ${input.formatValue(group.target)}`)}</title></line>`,
      );
    }
    cursor += GROUP_GAP;
  }
  legend.forEach((item, i) => {
    const lx = legendLayout.positions[i]!.x;
    const row = legendLayout.positions[i]!.row;
    parts.push(
      `<rect x="${r(lx)}" y="${cursor + row * 18}" width="12" height="12" fill="${item.color}"/>`,
      `<text x="${r(lx + 18)}" y="${cursor + 10 + row * 18}" fill="${PALETTE.ink}">${escapeXml(item.label)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
