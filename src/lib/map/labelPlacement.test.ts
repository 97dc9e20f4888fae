import { describe, expect, it } from 'vitest';
import {
  boxAt,
  inside,
  overlaps,
  placeLabels,
  type Box,
  type LabelRequest,
} from './labelPlacement.ts';

const marker = (x: number, y: number): Box => ({
  left: x - 11,
  top: y - 11,
  width: 22,
  height: 22,
});
const label = (id: string, x: number, y: number, ...sizes: [number, number][]): LabelRequest => ({
  id,
  marker: marker(x, y),
  sizes: sizes.map(([width, height]) => ({ width, height })),
});
const area = { width: 360, height: 400 };

/** What the browser check asserts, on the function's own output. */
function clear(labels: LabelRequest[], placements: ReturnType<typeof placeLabels>): void {
  const boxes = placements.flatMap((p) => (p.box ? [{ id: p.id, box: p.box }] : []));
  for (const a of boxes) {
    expect(inside(a.box, area)).toBe(true);
    for (const b of boxes) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
    for (const l of labels) expect(overlaps(a.box, l.marker) && l.id !== a.id).toBe(false);
    expect(overlaps(a.box, labels.find((l) => l.id === a.id)!.marker)).toBe(false);
  }
}

describe('overlaps and inside', () => {
  const a = { left: 0, top: 0, width: 10, height: 10 };
  it('counts touching boxes as clear, and spacing as overlap', () => {
    expect(overlaps(a, { ...a, left: 10 })).toBe(false);
    expect(overlaps(a, { ...a, left: 9 })).toBe(true);
    expect(overlaps(a, { ...a, left: 11 }, 2)).toBe(true);
    expect(overlaps(a, { ...a, left: 12 }, 2)).toBe(false);
  });
  it('keeps a margin from the edge', () => {
    expect(inside(a, { width: 10, height: 10 })).toBe(true);
    expect(inside(a, { width: 10, height: 10 }, 1)).toBe(false);
    expect(inside({ ...a, left: -1 }, { width: 20, height: 20 })).toBe(false);
  });
});

describe('boxAt', () => {
  const m = marker(100, 100);
  const size = { width: 50, height: 20 };
  it('puts the label beside, above and below its marker, centred', () => {
    expect(boxAt(m, size, 'right', 4)).toEqual({ left: 115, top: 90, width: 50, height: 20 });
    expect(boxAt(m, size, 'left', 4)).toEqual({ left: 35, top: 90, width: 50, height: 20 });
    expect(boxAt(m, size, 'above', 4)).toEqual({ left: 75, top: 65, width: 50, height: 20 });
    expect(boxAt(m, size, 'below', 4)).toEqual({ left: 75, top: 115, width: 50, height: 20 });
    expect(boxAt(m, size, 'below-left', 4)).toEqual({ left: 50, top: 115, width: 50, height: 20 });
  });
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its marker', () => {
    const [p] = placeLabels([label('a', 100, 100, [80, 18])], area);
    expect(p).toMatchObject({ id: 'a', side: 'right', size: 0 });
  });

  it('moves a label off the edge instead of clipping it', () => {
    const [p] = placeLabels([label('a', 340, 200, [80, 18])], area);
    expect(p?.side).toBe('left');
    const [q] = placeLabels([label('a', 340, 12, [80, 18])], area);
    expect(q?.side).toBe('left');
    expect(q?.box && inside(q.box, area)).toBe(true);
  });

  it('keeps a label off a neighbouring marker and off another label', () => {
    const labels = [label('a', 100, 100, [80, 18]), label('b', 150, 100, [80, 18])];
    const placements = placeLabels(labels, area);
    expect(placements.map((p) => p.side)).toEqual(['left', 'right']);
    clear(labels, placements);
  });

  it('tries the shorter text only when the longer fits nowhere', () => {
    const labels = [
      label('a', 20, 20, [400, 18], [60, 36]),
      label('b', 200, 200, [80, 18], [60, 36]),
    ];
    const placements = placeLabels(labels, area);
    expect(placements.map((p) => p.size)).toEqual([1, 0]);
    clear(labels, placements);
  });

  it('leaves a label unplaced rather than on top of something', () => {
    const labels = [label('a', 100, 100, [500, 18])];
    expect(placeLabels(labels, area)).toEqual([{ id: 'a', box: null, side: null, size: null }]);
  });

  it('avoids the obstacles it is given', () => {
    const obstacle = { left: 110, top: 80, width: 100, height: 40 };
    const [p] = placeLabels([label('a', 100, 100, [80, 18])], area, { obstacles: [obstacle] });
    expect(p?.side).toBe('left');
  });

  it('is deterministic and never overlaps, for a crowded random field', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const labels = Array.from({ length: 12 }, (_, i) =>
      label(`l${i}`, 20 + random() * 320, 20 + random() * 360, [90 + random() * 40, 18], [60, 36]),
    );
    const placements = placeLabels(labels, area);
    expect(placeLabels(labels, area)).toEqual(placements);
    clear(labels, placements);
    expect(placements.filter((p) => p.box).length).toBeGreaterThan(6);
  });
});
