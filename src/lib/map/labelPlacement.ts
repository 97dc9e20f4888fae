/**
 * Where each map label goes, so that no label covers another, covers a marker or leaves the map.
 * Pure and deterministic: the same boxes give the same placement, at any screen size.
 *
 * Each label has one or more sizes (its texts, preferred first, e.g. "Name: value" on one line,
 * then on two). Pass by pass, each label not yet placed tries its next size at every side of its
 * marker in SIDES order, in the order the labels are given, and takes the first box that stays
 * inside the area and clear of every marker, obstacle (the map's own controls) and label already
 * placed. A label that fits nowhere is returned unplaced: the caller shows it another way (a
 * number on its marker and a key), never on top of something.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export const SIDES = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'above-left',
  'below-right',
  'below-left',
] as const;
export type Side = (typeof SIDES)[number];

export interface LabelRequest {
  id: string;
  /** The marker's box, in the same pixels as the area. */
  marker: Box;
  /** The label's sizes, preferred first. */
  sizes: readonly Size[];
}

export type Placement =
  | { id: string; box: Box; side: Side; size: number }
  | { id: string; box: null; side: null; size: null };

export interface PlaceOptions {
  /** Space between a marker and its label. */
  gap?: number;
  /** Space kept between any two boxes and between a label and the area's edge. */
  spacing?: number;
  /** Other boxes no label may cover (zoom buttons, attribution). */
  obstacles?: readonly Box[];
}

/** Whether two boxes come closer than `spacing` (touching at `spacing` apart is fine). */
export function overlaps(a: Box, b: Box, spacing = 0): boolean {
  return (
    a.left < b.left + b.width + spacing &&
    b.left < a.left + a.width + spacing &&
    a.top < b.top + b.height + spacing &&
    b.top < a.top + a.height + spacing
  );
}

/** Whether a box lies inside an area of the given size, `margin` from every edge. */
export function inside(box: Box, area: Size, margin = 0): boolean {
  return (
    box.left >= margin &&
    box.top >= margin &&
    box.left + box.width <= area.width - margin &&
    box.top + box.height <= area.height - margin
  );
}

/** The label's box on one side of its marker. */
export function boxAt(marker: Box, size: Size, side: Side, gap: number): Box {
  const cx = marker.left + marker.width / 2;
  const cy = marker.top + marker.height / 2;
  const rightOf = marker.left + marker.width + gap;
  const leftOf = marker.left - gap - size.width;
  const aboveOf = marker.top - gap - size.height;
  const belowOf = marker.top + marker.height + gap;
  const middleX = cx - size.width / 2;
  const middleY = cy - size.height / 2;
  const [left, top]: [number, number] = (
    {
      right: [rightOf, middleY],
      left: [leftOf, middleY],
      above: [middleX, aboveOf],
      below: [middleX, belowOf],
      'above-right': [cx, aboveOf],
      'above-left': [cx - size.width, aboveOf],
      'below-right': [cx, belowOf],
      'below-left': [cx - size.width, belowOf],
    } satisfies Record<Side, [number, number]>
  )[side];
  return { left, top, width: size.width, height: size.height };
}

export function placeLabels(
  labels: readonly LabelRequest[],
  area: Size,
  options: PlaceOptions = {},
): Placement[] {
  const { gap = 4, spacing = 2, obstacles = [] } = options;
  const blocked: Box[] = [...labels.map((l) => l.marker), ...obstacles];
  const placed = new Map<string, Placement>();
  const passes = Math.max(0, ...labels.map((l) => l.sizes.length));
  for (let pass = 0; pass < passes; pass++) {
    for (const label of labels) {
      const size = label.sizes[pass];
      if (placed.has(label.id) || !size) continue;
      for (const side of SIDES) {
        const box = boxAt(label.marker, size, side, gap);
        if (!inside(box, area, spacing)) continue;
        if (blocked.some((b) => b !== label.marker && overlaps(box, b, spacing))) continue;
        // Its own marker: only the gap, by construction, so it is checked without spacing.
        if (overlaps(box, label.marker)) continue;
        placed.set(label.id, { id: label.id, box, side, size: pass });
        blocked.push(box);
        break;
      }
    }
  }
  return labels.map((l) => placed.get(l.id) ?? { id: l.id, box: null, side: null, size: null });
}
