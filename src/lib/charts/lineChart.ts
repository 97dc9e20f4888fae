/**
 * Rates over time: one line per series, gaps in the data left as gaps (never bridged), points
 * marked by status (final filled, preliminary hollow, unstated as a square), targets as dashed
 * segments. A pure function from data and size to SVG text.
 */
import { line, scaleLinear } from 'd3';
import { flowLegend, innerHeight, innerWidth, PALETTE, r, svgOpen, type Frame } from './svg.ts';
import { escapeXml } from '../text/escapeXml.ts';
import { measureText } from './textMetrics.ts';

export type PointStatus = 'final' | 'preliminary' | 'unspecified';

export interface LinePoint {
  x: number;
  y: number | undefined;
  status?: PointStatus | undefined;
  /** Text shown by the interactive layer when the point is focused or touched. */
  tip?: string;
  /** The published row the point was read from, for its printed precision; never drawn. */
  row?: object | undefined;
}

export interface LineSeries {
  id: string;
  label: string;
  color: string;
  dashed?: boolean;
  points: LinePoint[];
}

export interface TargetMark {
  from: number;
  to: number;
  value: number;
  label: string;
}

export interface LineChartInput {
  id: string;
  title: string;
  desc: string;
  series: LineSeries[];
  targets?: TargetMark[];
  xDomain: [number, number];
  yLabel: string;
  formatY: (v: number) => string;
  legendLabels: { final: string; preliminary: string; unspecified: string; target: string };
  /** Leave the legend to the page (e.g. an HTML legend that follows a selection). */
  hideLegend?: boolean;
}

function marker(
  x: number,
  y: number,
  color: string,
  status: PointStatus | undefined,
  tip?: string,
): string {
  const data = tip ? ` data-tip="${escapeXml(tip)}"` : '';
  if (status === 'preliminary')
    return `<circle cx="${r(x)}" cy="${r(y)}" r="4" fill="#fff" stroke="${color}" stroke-width="2"${data}/>`;
  if (status === 'unspecified')
    return `<rect x="${r(x - 3.5)}" y="${r(y - 3.5)}" width="7" height="7" fill="${color}"${data}/>`;
  return `<circle cx="${r(x)}" cy="${r(y)}" r="4" fill="${color}"${data}/>`;
}

function legendItems(
  input: LineChartInput,
): { label: string; draw: (lx: number, ly: number) => string }[] {
  const items = [
    ...input.series.map((s) => ({
      label: s.label,
      draw: (lx: number, ly: number) =>
        `<line x1="${r(lx)}" x2="${r(lx + 18)}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="3"${s.dashed ? ' stroke-dasharray="2 3"' : ''}/>`,
    })),
    {
      label: input.legendLabels.preliminary,
      draw: (lx: number, ly: number) => marker(lx + 9, ly, PALETTE.ink, 'preliminary'),
    },
    {
      label: input.legendLabels.unspecified,
      draw: (lx: number, ly: number) => marker(lx + 9, ly, PALETTE.ink, 'unspecified'),
    },
  ];
  if (input.targets?.length) {
    items.push({
      label: input.legendLabels.target,
      draw: (lx: number, ly: number) =>
        `<line x1="${r(lx)}" x2="${r(lx + 18)}" y1="${ly}" y2="${ly}" stroke="${PALETTE.green}" stroke-width="2.5" stroke-dasharray="6 4"/>`,
    });
  }
  return items;
}

/** The y scale's domain and ticks, known before the frame (they depend only on the data). */
function yTicksOf(input: LineChartInput) {
  const values = [
    ...input.series.flatMap((s) => s.points.map((p) => p.y)),
    ...(input.targets ?? []).map((t) => t.value),
  ].filter((v): v is number => v !== undefined);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...values)])
    .nice(5);
  return { domain: y.domain() as [number, number], ticks: y.ticks(5) };
}

/**
 * The drawing's frame: the legend wraps onto as many rows as its labels need at this width, the
 * left margin holds the widest tick label, the right margin half the last year.
 */
function frameOf(input: LineChartInput, size: { width: number; height: number }) {
  const widest = Math.max(0, ...yTicksOf(input).ticks.map((v) => measureText(input.formatY(v))));
  const lastYear = measureText(String(input.xDomain[1])) / 2;
  const legend = input.hideLegend ? [] : legendItems(input);
  const layout = flowLegend(
    legend.map((l) => l.label),
    8,
    size.width - 8,
  );
  const frame: Frame = {
    width: size.width,
    height: size.height + (input.hideLegend ? -40 : layout.rows * 18),
    margin: {
      top: 16,
      right: Math.max(16, Math.ceil(lastYear)),
      bottom: input.hideLegend ? 28 : 40 + layout.rows * 18,
      left: Math.max(44, Math.ceil(widest) + 10),
    },
  };
  return { legend, layout, frame };
}

/** The height renderLineChart will draw at, without drawing (e.g. to size an iframe). */
export function lineChartHeight(
  input: LineChartInput,
  size: { width: number; height: number },
): number {
  return frameOf(input, size).frame.height;
}

export function renderLineChart(
  input: LineChartInput,
  size: { width: number; height: number },
): string {
  const { legend, layout, frame } = frameOf(input, size);
  const [x0, x1] = input.xDomain;
  const x = scaleLinear()
    .domain([x0, x1])
    .range([frame.margin.left, frame.margin.left + innerWidth(frame)]);
  const y = scaleLinear()
    .domain(yTicksOf(input).domain)
    .range([frame.margin.top + innerHeight(frame), frame.margin.top]);
  const bottom = frame.margin.top + innerHeight(frame);
  const parts: string[] = [svgOpen(input.id, frame.width, frame.height, input.title, input.desc)];

  // Grid and axes.
  for (const tick of y.ticks(5)) {
    parts.push(
      `<line x1="${frame.margin.left}" x2="${r(frame.margin.left + innerWidth(frame))}" y1="${r(y(tick))}" y2="${r(y(tick))}" stroke="#d7dde3"/>`,
      `<text x="${frame.margin.left - 6}" y="${r(y(tick) + 4)}" text-anchor="end" fill="${PALETTE.ink}">${escapeXml(input.formatY(tick))}</text>`,
    );
  }
  const step = frame.width < 500 && x1 - x0 > 6 ? 2 : 1;
  for (let year = x0; year <= x1; year += step) {
    parts.push(
      `<text x="${r(x(year))}" y="${bottom + 16}" text-anchor="middle" fill="${PALETTE.ink}">${year}</text>`,
    );
  }
  parts.push(
    `<line x1="${frame.margin.left}" x2="${r(frame.margin.left + innerWidth(frame))}" y1="${r(bottom)}" y2="${r(bottom)}" stroke="${PALETTE.ink}"/>`,
  );

  for (const target of input.targets ?? []) {
    const xa = x(target.from === target.to ? target.from - 0.3 : target.from);
    const xb = x(target.from === target.to ? target.to + 0.3 : target.to);
    parts.push(
      `<line x1="${r(xa)}" x2="${r(xb)}" y1="${r(y(target.value))}" y2="${r(y(target.value))}" stroke="${PALETTE.green}" stroke-width="2.5" stroke-dasharray="6 4"><title>${escapeXml(target.label)}</title></line>`,
    );
  }

  for (const series of input.series) {
    parts.push(`<g data-series="${escapeXml(series.id)}">`);
    const path = line<LinePoint>()
      .defined((p) => p.y !== undefined)
      .x((p) => r(x(p.x)))
      .y((p) => r(y(p.y ?? 0)))(series.points);
    if (path) {
      parts.push(
        `<path d="${path}" fill="none" stroke="${series.color}" stroke-width="2.5"${series.dashed ? ' stroke-dasharray="2 3"' : ''}/>`,
      );
    }
    for (const p of series.points)
      if (p.y !== undefined) parts.push(marker(x(p.x), y(p.y), series.color, p.status, p.tip));
    parts.push('</g>');
  }

  // Legend: series, then what the point shapes and the dashed line mean.
  legend.forEach((item, i) => {
    const { x: lx, row } = layout.positions[i]!;
    const ly = bottom + 36 + row * 18;
    parts.push(
      item.draw(lx, ly),
      `<text x="${r(lx + 24)}" y="${ly + 4}" fill="${PALETTE.ink}">${escapeXml(item.label)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
