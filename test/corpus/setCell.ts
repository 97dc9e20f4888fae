/**
 * An edit of the valid fixture that writes one cell exactly as given, by column name, quoting it
 * the way Excel would when it holds a comma, quote or line break. The other cells of the line
 * are kept (re-quoted only where they need it), so a case changes one thing.
 */
import { parse } from 'csv-parse/sync';
import type { Edit } from '../helpers/fixtureDir.ts';

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** Replaces the cell of `column` on physical line `line` (1-based; fixture rows are one line). */
export const setCell =
  (line: number, column: string, raw: string): Edit =>
  (text) => {
    const lines = text.split('\n');
    const [header] = parse(lines[0]!) as string[][];
    const [cells] = parse(lines[line - 1]!, { relax_column_count: true }) as string[][];
    const index = header!.indexOf(column);
    if (index === -1 || !cells) throw new Error(`no column ${column} or line ${line}`);
    cells[index] = raw;
    lines[line - 1] = cells.map(quote).join(',');
    return lines.join('\n');
  };
