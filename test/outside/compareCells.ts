/**
 * Compares what LibreOffice made of a sheet with the table it should show: codes keep their
 * zeros, numbers are numbers with the same value, text (diacritics and all) is exactly the text,
 * nothing became a formula. Mismatches are counted by kind, with a few examples, so one message
 * says "138 of 138 code cells lost their leading zeros" instead of 138 lines.
 */
import type { FodsCell, FodsSheet } from './fods.ts';

/** What a cell should be in a spreadsheet: text as written, a number, or a date (text or date). */
export type CellKind = 'text' | 'number' | 'date';

export interface ExpectedTable {
  header: string[];
  rows: string[][];
  /** How column `column`'s cell `raw` must come out. */
  kindOf(column: number, raw: string): CellKind;
}

const MAX_EXAMPLES = 3;

interface Tally {
  count: number;
  of: number;
  examples: string[];
}

const show = (cell: FodsCell | undefined) =>
  !cell || cell.type === ''
    ? 'an empty cell'
    : `${cell.formula ? `formula ${cell.formula}` : cell.type} ${JSON.stringify(cell.value || cell.text)}`;

/** Why `got` is not `raw` of kind `kind`, as a category name; undefined when it is right. */
function mismatch(kind: CellKind, raw: string, got: FodsCell | undefined): string | undefined {
  const cell = got ?? { type: '', value: '', text: '' };
  if (cell.formula) return 'became formulas';
  if (raw === '') return cell.type === '' && cell.text === '' ? undefined : 'empty cells filled';
  if (kind === 'number') {
    if (cell.type === 'float' && Number(cell.value) === Number(raw)) return undefined;
    return cell.type === 'string' ? 'numbers read as text' : 'numbers changed';
  }
  if (cell.type === 'string' && cell.text === raw) return undefined;
  if (kind === 'date' && cell.type === 'date' && cell.value.slice(0, 10) === raw) return undefined;
  if (cell.type === 'float' && /^0\d/.test(raw)) return 'codes lost their leading zeros';
  if (cell.type !== 'string') return 'text read as another type';
  return 'text altered';
}

/** The cells each category is counted against ("138 of 138 code cells"). */
function population(category: string, kind: CellKind, raw: string): boolean {
  if (category === 'became formulas') return true;
  if (category === 'empty cells filled') return raw === '';
  if (raw === '') return false;
  if (category === 'codes lost their leading zeros') return kind !== 'number' && /^0\d/.test(raw);
  if (category.startsWith('numbers')) return kind === 'number';
  return kind !== 'number';
}

export function compareSheet(label: string, sheet: FodsSheet, expected: ExpectedTable): string[] {
  const tallies = new Map<string, Tally>();
  const cells: { kind: CellKind; raw: string }[] = [];
  const note = (category: string, where: string, raw: string, got: FodsCell | undefined) => {
    const tally = tallies.get(category) ?? { count: 0, of: 0, examples: [] };
    tally.count++;
    if (tally.examples.length < MAX_EXAMPLES)
      tally.examples.push(`${where} ${JSON.stringify(raw)} → ${show(got)}`);
    tallies.set(category, tally);
  };
  const width = expected.header.length;
  expected.header.forEach((name, c) => {
    const got = sheet.rows[0]?.[c];
    cells.push({ kind: 'text', raw: name });
    const category = mismatch('text', name, got);
    if (category) note(category, `header ${c + 1}`, name, got);
  });
  expected.rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const raw = row[c] ?? '';
      const kind = expected.kindOf(c, raw);
      const got = sheet.rows[r + 1]?.[c];
      cells.push({ kind, raw });
      const category = mismatch(kind, raw, got);
      if (category) note(category, `row ${r + 2} ${expected.header[c]}`, raw, got);
    }
  });
  const failures: string[] = [];
  sheet.rows.forEach((row, r) => {
    const extra = row.findIndex((cell, c) => (c >= width || r > expected.rows.length) && cell.type);
    if (extra >= 0)
      failures.push(`${label}: a cell no data holds at row ${r + 1}, column ${extra + 1}`);
  });
  for (const [category, tally] of tallies) {
    tally.of = cells.filter((cell) => population(category, cell.kind, cell.raw)).length;
    failures.push(
      `${label}: ${tally.count} of ${tally.of} cells: ${category} (${tally.examples.join('; ')})`,
    );
  }
  return failures;
}
