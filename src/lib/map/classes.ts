/**
 * Colour classes for the map: five steps of a sequential colour-blind-safe palette (ColorBrewer
 * "YlOrBr"), with breaks fixed across all years of an indicator so colours compare over time,
 * and an explicit "no data" class that looks like none of them (white with a grey dashed edge).
 */
import { ticks } from 'd3';

export const CLASS_COLOURS = ['#fff7bc', '#fec44f', '#fe9929', '#d95f0e', '#993404'] as const;
export const NO_DATA = { fill: '#ffffff', stroke: '#4a5560', dash: '4 3' } as const;

export interface Classes {
  /** Upper bounds of the first four classes; the last class is everything above. */
  breaks: number[];
  colours: readonly string[];
}

/** Five classes with round breaks spanning 0 to the largest value. */
export function classesFor(values: readonly number[]): Classes {
  const max = Math.max(0, ...values);
  if (max === 0) return { breaks: [0, 0, 0, 0], colours: CLASS_COLOURS };
  const step = ticks(0, max, 5)[1] ?? max / 5;
  const breaks = [1, 2, 3, 4].map((i) => Math.round(step * i * 1e6) / 1e6);
  return { breaks, colours: CLASS_COLOURS };
}

/** The class index (0–4) of a value, or -1 for "no data". */
export function classOf(value: number | undefined, classes: Classes): number {
  if (value === undefined) return -1;
  const i = classes.breaks.findIndex((b) => value < b);
  return i === -1 ? classes.breaks.length : i;
}
