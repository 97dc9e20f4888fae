/**
 * The height an embed snippet gives its iframe when the host does not load embed.js: enough for
 * the embed page on a 360 px phone, where text wraps most (title, notes, sources, downloads, the
 * closed table and citation, the footer). An estimate from the text's measured width, checked in
 * Chromium by the browser check 'embed'; too tall only leaves white space below the footer.
 */
import type { Lang } from '../../i18n/routes.ts';
import { lineHeight, wrapText } from '../../lib/charts/textMetrics.ts';
import type { ChartSpec } from './spec.ts';

/** The text column of the embed page at 360 px: the body's padding taken off. */
const COLUMN = 320;
const TEXT = 16;

const lines = (text: string, size = TEXT, width = COLUMN) =>
  wrapText(text, width, { fontSize: size }).length;

export function embedHeight(chart: ChartSpec, lang: Lang): number {
  const drawing = Math.ceil((chart.height(lang, 'narrow') * COLUMN) / 360);
  const title = lines(chart.title(lang), 18) * lineHeight(18) * 1.2;
  // Notes sit in an indented list; sources are one more item, with their titles.
  const notes = chart
    .notes(lang)
    .reduce((sum, note) => sum + lines(note, TEXT, COLUMN - 40) * lineHeight(TEXT) * 1.15 + 8, 0);
  const sources = chart.sourceIds.length * 3 * lineHeight(TEXT) * 1.15;
  // The table's and the citation's summaries, three download links, the footer's two lines.
  const fixed = 2 * 48 + 3 * 40 + 3 * lineHeight(TEXT) * 1.15 + 96;
  return Math.ceil((drawing + title + notes + sources + fixed) * 1.1);
}
