/**
 * One small line panel per area, all on the same scale, with a reference line (the province)
 * repeated in each panel so districts can be compared at a glance. Gaps stay gaps.
 */
import { line, scaleLinear } from 'd3';
import type { LinePoint } from './lineChart.ts';
import { PALETTE, r, svgOpen } from './svg.ts';
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

const panelHeight = 120;
const columnsAt = (width: number) => (width < 500 ? 2 : 4);

/** The height renderSmallMultiples will draw at, without drawing (e.g. to size an iframe). */
export function smallMultiplesHeight(
  input: Pick<SmallMultiplesInput, 'panels'>,
  size: { width: number },
): number {
  return Math.ceil(input.panels.length / columnsAt(size.width)) * panelHeight + 30;
}

export function renderSmallMultiples(input: SmallMultiplesInput, size: { width: number }): string {
  const columns = columnsAt(size.width);
  const panelWidth = size.width / columns;
  const rows = Math.ceil(input.panels.length / columns);
  const height = smallMultiplesHeight(input, size);
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
      .range([oy + panelHeight - 22, oy + 24]);
    const draw = (points: LinePoint[]) =>
      line<LinePoint>()
        .defined((p) => p.y !== undefined)
        .x((p) => r(x(p.x)))
        .y((p) => r(y(p.y ?? 0)))(points) ?? '';
    parts.push(
      `<text x="${r(ox + 4)}" y="${oy + 14}" font-weight="600" fill="${PALETTE.ink}">${escapeXml(panel.label)}</text>`,
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
        `<text x="${r(ox + panelWidth / 2)}" y="${oy + panelHeight / 2 + 4}" text-anchor="middle" font-style="italic" fill="${PALETTE.grey}">${escapeXml(input.noData)}</text>`,
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
      `<text x="36" y="${ly + 4}" fill="${PALETTE.ink}">${escapeXml(input.reference.label)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
