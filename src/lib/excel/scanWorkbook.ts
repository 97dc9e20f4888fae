/**
 * What read-excel-file does not say about a workbook, read straight from its XML: which sheets
 * are hidden, how many cells each sheet has and how far they reach (a single cell at XFD1048576
 * would make the reader build a grid of 17 billion), and which cells hold no value the file can
 * give — a formula never calculated, or an Excel error such as #DIV/0! — which the reader would
 * silently turn into empty cells.
 */
import { columnLetters } from './columns.ts';
import { WorkbookRefused } from './unzipBounded.ts';

/** A cell whose value the file does not hold. */
export interface UnreadableCell {
  /** Excel address, e.g. `D7`. */
  cell: string;
  /** `formula`: no saved result; `error`: the result is an Excel error (`value`). */
  kind: 'formula' | 'error';
  value?: string;
}

export interface SheetInfo {
  name: string;
  /** `hidden` or `veryHidden` in Excel (Format > Hide). */
  hidden: boolean;
  /** Path of the sheet's XML part, when the workbook's relationships give it. */
  part?: string;
}

export interface SheetScan {
  cells: number;
  rows: number;
  columns: number;
  /** The first cells without a value (at most MAX_LISTED); `unreadableCount` counts them all. */
  unreadable: UnreadableCell[];
  unreadableCount: number;
}

const MAX_LISTED = 100;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text: string) =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name] ?? whole;
  });

/** Attributes of one tag, by local name (`r:id` → `id`). */
function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1]!.replace(/^[\w.-]+:/, '')] = unescape(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** The sheets of `xl/workbook.xml`, in order, with their visibility and XML part. */
export function workbookSheets(workbookXml: string, relsXml: string | undefined): SheetInfo[] {
  const targets = new Map<string, string>();
  for (const m of (relsXml ?? '').matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1]!);
    if (a.Id && a.Target) targets.set(a.Id, partPath(a.Target));
  }
  return [...workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)].map((m) => {
    const a = attributes(m[1]!);
    return {
      name: a.name ?? '',
      hidden: a.state === 'hidden' || a.state === 'veryHidden',
      part: a.id ? targets.get(a.id) : undefined,
    };
  });
}

/** A relationship target as a path inside the zip (targets are relative to `xl/`). */
function partPath(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function cellAddress(ref: string): [row: number, column: number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), column];
}

/**
 * Counts the cells of a sheet's XML and how far they reach, and lists the cells without a value;
 * stops with WorkbookRefused as soon as the sheet passes `maxCells` cells or grid positions.
 */
export function scanSheet(xml: string, sheet: string, maxCells: number): SheetScan {
  let cells = 0;
  let rows = 0;
  let columns = 0;
  let row = 0;
  let column = 0;
  let open: {
    row: number;
    column: number;
    t: string;
    formula: boolean;
    value: boolean;
    v: string;
  } | null = null;
  let inValue = false;
  let valueStart = 0;
  const unreadable: UnreadableCell[] = [];
  let unreadableCount = 0;
  const over = (what_vi: string, what_en: string) =>
    new WorkbookRefused(
      'workbook/limit',
      `Trang tính "${sheet}" ${what_vi}, vượt giới hạn ${maxCells.toLocaleString('vi-VN')} ô. Xoá các ô thừa ở xa bên phải hoặc bên dưới bảng (hoặc chia thành nhiều tệp) rồi lưu lại.`,
      `Sheet "${sheet}" ${what_en}, more than the limit of ${maxCells.toLocaleString('en')} cells. Delete stray cells far right of or below the table (or split the file) and save again.`,
      { name: 'maxCells', value: maxCells },
    );
  // Only the attributes needed, read directly: this runs once per cell of every sheet.
  const attr = (attrs: string, name: 'r' | 't') =>
    (name === 'r' ? /(?:^|\s)r\s*=\s*["']([^"']*)["']/ : /(?:^|\s)t\s*=\s*["']([^"']*)["']/).exec(
      attrs,
    )?.[1];
  const tags = /<(\/?)(?:[\w.-]+:)?(row|c|f|v)\b([^>]*)>/g;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    const [, closing, tag, attrs = ''] = m;
    const selfClosing = attrs.endsWith('/');
    if (closing) {
      if (tag === 'v' && open && inValue) {
        open.v = xml.slice(valueStart, m.index);
        inValue = false;
      } else if (tag === 'c' && open) {
        finish(open);
        open = null;
      }
      continue;
    }
    if (tag === 'row') {
      const r = Number(attr(attrs, 'r'));
      row = Number.isInteger(r) && r > 0 ? r : row + 1;
      column = 0;
      rows = Math.max(rows, row);
    } else if (tag === 'c') {
      const ref = attr(attrs, 'r');
      const at = ref ? cellAddress(ref) : undefined;
      if (at) [row, column] = [Math.max(row, at[0]), at[1]];
      else column += 1;
      cells += 1;
      rows = Math.max(rows, row);
      columns = Math.max(columns, column);
      if (cells > maxCells) throw over(`có hơn ${maxCells} ô`, `has more than ${maxCells} cells`);
      open = { row, column, t: attr(attrs, 't') ?? 'n', formula: false, value: false, v: '' };
      if (selfClosing) {
        finish(open);
        open = null;
      }
    } else if (open && tag === 'f') {
      open.formula = true;
    } else if (open && tag === 'v') {
      open.value = true;
      if (!selfClosing) {
        inValue = true;
        valueStart = m.index + m[0].length;
      }
    }
  }
  if (rows * Math.max(columns, 1) > maxCells)
    throw over(
      `trải tới ô ${columnLetters(Math.max(columns, 1) - 1)}${rows} (${rows} hàng × ${columns} cột)`,
      `reaches cell ${columnLetters(Math.max(columns, 1) - 1)}${rows} (${rows} rows × ${columns} columns)`,
    );
  return { cells, rows, columns, unreadable, unreadableCount };

  function finish(c: NonNullable<typeof open>): void {
    const kind = c.t === 'e' ? 'error' : c.formula && !c.value ? 'formula' : null;
    if (!kind) return;
    unreadableCount += 1;
    if (unreadable.length >= MAX_LISTED) return;
    const cell = `${columnLetters(c.column - 1)}${c.row}`;
    unreadable.push(kind === 'error' ? { cell, kind, value: unescape(c.v) } : { cell, kind });
  }
}
