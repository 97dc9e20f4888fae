/**
 * One small line panel per area, all on the same scale, with a reference line (the province)
 * repeated in each panel so districts can be compared at a glance. Gaps stay gaps.
 */
import { line, scaleLinear } from 'd3';
import type { LinePoint } from './lineChart.ts';
import { PALETTE, r, svgOpen } from './svg.ts';
import { lineHeight, wrapText } from './textMetrics.ts';
import { escapeXml } from '../text/escapeXml.ts';

export interface Panel {
  label: string;
  points: LinePoint[];
}

export interface SmallMultiplesInput {
  id: string;
  title: string;
  desc: string;
  panels: Panel[];
  reference?: { label: string; points: LinePoint[] };
  xDomain: [number, number];
  formatY: (v: number) => string;
  noData: string;
}

const PANEL = 120;
const LINE = lineHeight();
const columnsAt = (width: number) => (width < 500 ? 2 : 4);

/**
 * Panel names wrap to their panel's width (a long name never runs into the next panel or off
 * the drawing); every panel gets the height of the tallest name, so the scales line up.
 */
function layoutOf(input: Pick<SmallMultiplesInput, 'panels' | 'reference'>, width: number) {
  const columns = columnsAt(width);
  const panelWidth = width / columns;
  const names = input.panels.map((p) => wrapText(p.label, panelWidth - 8, { bold: true }));
  const extra = (Math.max(1, ...names.map((n) => n.length)) - 1) * LINE;
  const reference = input.reference ? wrapText(input.reference.label, width - 44) : [];
  const rows = Math.ceil(input.panels.length / columns);
  const panelHeight = PANEL + extra;
  const height = rows * panelHeight + 30 + Math.max(0, reference.length - 1) * LINE;
  return { columns, panelWidth, names, extra, reference, rows, panelHeight, height };
}

/** The height renderSmallMultiples will draw at, without drawing (e.g. to size an iframe). */
export function smallMultiplesHeight(
  input: Pick<SmallMultiplesInput, 'panels' | 'reference'>,
  size: { width: number },
): number {
  return layoutOf(input, size.width).height;
}

export function renderSmallMultiples(input: SmallMultiplesInput, size: { width: number }): string {
  const { columns, panelWidth, names, extra, reference, rows, panelHeight, height } = layoutOf(
    input,
    size.width,
  );
  const all = [...input.panels.flatMap((p) => p.points), ...(input.reference?.points ?? [])]
    .map((p) => p.y)
    .filter((v): v is number => v !== undefined);
  const yMax = Math.max(1, ...all);
  const parts = [svgOpen(input.id, size.width, height, input.title, input.desc)];
  input.panels.forEach((panel, i) => {
    const ox = (i % columns) * panelWidth;
    const oy = Math.floor(i / columns) * panelHeight;
    const x = scaleLinear()
      .domain(input.xDomain)
      .range([ox + 30, ox + panelWidth - 18]);
    const y = scaleLinear()
      .domain([0, yMax])
      .nice(2)
      .range([oy + panelHeight - 22, oy + 24 + extra]);
    const draw = (points: LinePoint[]) =>
      line<LinePoint>()
        .defined((p) => p.y !== undefined)
        .x((p) => r(x(p.x)))
        .y((p) => r(y(p.y ?? 0)))(points) ?? '';
    parts.push(
      ...names[i]!.map(
        (name, n) =>
          `<text x="${r(ox + 4)}" y="${oy + 14 + n * LINE}" font-weight="600" fill="${PALETTE.ink}">${escapeXml(name)}</text>`,
      ),
      `<line x1="${r(ox + 30)}" x2="${r(ox + panelWidth - 18)}" y1="${r(y(0))}" y2="${r(y(0))}" stroke="${PALETTE.ink}"/>`,
      `<text x="${r(ox + 26)}" y="${r(y(yMax) + 4)}" text-anchor="end" font-size="10" fill="${PALETTE.ink}">${escapeXml(input.formatY(y.domain()[1]!))}</text>`,
      `<text x="${r(x(input.xDomain[0]))}" y="${oy + panelHeight - 8}" font-size="10" text-anchor="middle" fill="${PALETTE.ink}">${input.xDomain[0]}</text>`,
      `<text x="${r(x(input.xDomain[1]))}" y="${oy + panelHeight - 8}" font-size="10" text-anchor="middle" fill="${PALETTE.ink}">${input.xDomain[1]}</text>`,
    );
    if (input.reference)
      parts.push(
        `<path d="${draw(input.reference.points)}" fill="none" stroke="${PALETTE.grey}" stroke-width="1.5" stroke-dasharray="3 3"/>`,
      );
    const points = panel.points.filter((p) => p.y !== undefined);
    if (points.length === 0) {
      parts.push(
        ...wrapText(input.noData, panelWidth - 16).map(
          (line, n) =>
            `<text x="${r(ox + panelWidth / 2)}" y="${oy + (panelHeight + extra) / 2 + 4 + n * LINE}" text-anchor="middle" font-style="italic" fill="${PALETTE.grey}">${escapeXml(line)}</text>`,
        ),
      );
    } else {
      parts.push(
        `<path d="${draw(panel.points)}" fill="none" stroke="${PALETTE.blue}" stroke-width="2.5"/>`,
      );
      for (const p of points) {
        const fill = p.status === 'preliminary' ? '#fff' : PALETTE.blue;
        parts.push(
          `<circle cx="${r(x(p.x))}" cy="${r(y(p.y!))}" r="3.5" fill="${fill}" stroke="${PALETTE.blue}" stroke-width="1.5"/>`,
        );
      }
    }
  });
  if (input.reference) {
    const ly = rows * panelHeight + 16;
    parts.push(
      `<line x1="8" x2="30" y1="${ly}" y2="${ly}" stroke="${PALETTE.grey}" stroke-width="1.5" stroke-dasharray="3 3"/>`,
      ...reference.map(
        (line, n) =>
          `<text x="36" y="${ly + 4 + n * LINE}" fill="${PALETTE.ink}">${escapeXml(line)}</text>`,
      ),
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
