/**
 * How wide a line of chart text is, without a DOM: a deterministic estimate per character class,
 * in em. It is deliberately generous: pages, the published SVG files and the PNG a reader's
 * browser draws from them use whatever sans-serif the reader's system has (often DejaVu Sans, one
 * of the widest), so the classes follow the wide ones, rounded up. Vietnamese letters are
 * measured on their base letter plus a little for each mark, since a fallback font may draw the
 * marks apart. Layout and the fit test (textBoxes.ts) use the same numbers.
 */

/** Width in em of one character of a class (12px text: multiply by 12). */
const THIN = new Set([..."iljı.,:;'!|` "]);
const SEMI = new Set([...'tfr()[]{}-/"*']);
const WIDE = new Set([...'mwMW%@—']);
const DIGITS = /[0-9]/;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

/** Widths already worked out, by character: a chart measures the same few dozen again and again. */
const widths = new Map<string, number>();

function charEm(ch: string): number {
  let em = widths.get(ch);
  if (em === undefined) widths.set(ch, (em = classify(ch)));
  return em;
}

function classify(ch: string): number {
  if (MARK.test(ch)) return 0.04;
  if (THIN.has(ch)) return 0.36;
  if (SEMI.has(ch)) return 0.46;
  if (WIDE.has(ch)) return 1.02;
  if (DIGITS.test(ch)) return 0.66;
  if (UPPER.test(ch)) return 0.8;
  if (LETTER.test(ch)) return 0.66;
  // Other symbols (–, +, =, ·, …): as wide as a letter.
  return 0.7;
}

/** Bold (600) text is wider; the fallback fonts draw 600 as bold. */
const BOLD = 1.12;

export interface TextStyle {
  fontSize?: number;
  bold?: boolean;
}

/** Estimated width in px of `text` on one line. */
export function measureText(text: string, style: TextStyle = {}): number {
  const size = style.fontSize ?? 12;
  let em = 0;
  for (const ch of text.normalize('NFD')) em += charEm(ch);
  return em * size * (style.bold ? BOLD : 1);
}

/** The height of a line of text at this size: the baseline-to-baseline step of wrapped lines. */
export const lineHeight = (fontSize = 12): number => Math.ceil(fontSize * 1.35);

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces; a single word longer than the
 * line is cut at character boundaries so no line ever overflows.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle = {}): string[] {
  const lines: string[] = [];
  let current = '';
  const fits = (s: string) => measureText(s, style) <= maxWidth;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    // A word wider than the whole line: cut it, character by character.
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}
