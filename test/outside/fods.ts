/**
 * Reads the flat OpenDocument spreadsheets (.fods) LibreOffice writes, just far enough to see
 * what it made of each cell: its type (float, string, date, empty…), its value, its text and any
 * formula. LibreOffice writes this XML in one regular shape, so a tag scanner is enough; an
 * XML library would be one more dependency for the same facts.
 */

export interface FodsCell {
  /** office:value-type: float, string, date, percentage, boolean…; '' for an empty cell. */
  type: string;
  /** office:value, date-value or boolean-value, locale-independent. */
  value: string;
  /** The text LibreOffice shows (paragraphs joined by a newline). */
  text: string;
  /** table:formula when LibreOffice made the cell a formula. */
  formula?: string;
}

export interface FodsSheet {
  name: string;
  /** Rows from the first; trailing empty rows and trailing empty cells are left out. */
  rows: FodsCell[][];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? all;
    return String.fromCodePoint(
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
    );
  });
}

function attributes(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of source.matchAll(/([\w:.-]+)="([^"]*)"/g)) map.set(m[1]!, decode(m[2]!));
  return map;
}

const isEmpty = (cell: FodsCell) => cell.type === '' && cell.text === '' && !cell.formula;
const repeat = (attrs: Map<string, string>, name: string) => Number(attrs.get(name) ?? 1);

/**
 * Every sheet of a .fods document. Repeated rows and cells are expanded only when something
 * follows them, so a million formatted empty rows cost nothing.
 */
export function readFods(xml: string): FodsSheet[] {
  const sheets: FodsSheet[] = [];
  let sheet: FodsSheet | undefined;
  let row: FodsCell[] = [];
  let rowRepeat = 1;
  let pendingRows = 0;
  let pendingCells = 0;
  let cell: FodsCell | undefined;
  let cellRepeat = 1;
  let paragraphs: string[] | undefined;
  let inParagraph = false;

  const endCell = () => {
    if (!cell) return;
    if (isEmpty(cell)) pendingCells += cellRepeat;
    else {
      for (; pendingCells > 0; pendingCells--) row.push({ type: '', value: '', text: '' });
      for (let i = 0; i < cellRepeat; i++) row.push({ ...cell });
    }
    cell = undefined;
  };
  const endRow = () => {
    if (!sheet) return;
    if (row.length === 0) pendingRows += rowRepeat;
    else {
      for (; pendingRows > 0; pendingRows--) sheet.rows.push([]);
      for (let i = 0; i < rowRepeat; i++) sheet.rows.push([...row]);
    }
    row = [];
    pendingCells = 0;
  };

  for (const m of xml.matchAll(/<(\/?)([\w:-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g)) {
    const [, closing, tag, attrText, selfClosing, text] = m;
    if (text !== undefined) {
      if (inParagraph && paragraphs) paragraphs[paragraphs.length - 1] += decode(text);
      continue;
    }
    const attrs = closing ? new Map<string, string>() : attributes(attrText ?? '');
    const opens = !closing;
    const closes = Boolean(closing) || Boolean(selfClosing);
    switch (tag) {
      case 'table:table':
        if (opens) sheets.push((sheet = { name: attrs.get('table:name') ?? '', rows: [] }));
        if (closes) sheet = undefined;
        pendingRows = 0;
        break;
      case 'table:table-row':
        if (opens) {
          row = [];
          pendingCells = 0;
          rowRepeat = repeat(attrs, 'table:number-rows-repeated');
        }
        if (closes) endRow();
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (opens) {
          cellRepeat = repeat(attrs, 'table:number-columns-repeated');
          cell = {
            type: attrs.get('office:value-type') ?? '',
            value:
              attrs.get('office:value') ??
              attrs.get('office:date-value') ??
              attrs.get('office:boolean-value') ??
              attrs.get('office:string-value') ??
              '',
            text: '',
            ...(attrs.has('table:formula') ? { formula: attrs.get('table:formula') } : {}),
          };
          paragraphs = [];
        }
        if (closes) {
          if (cell && paragraphs) cell.text = paragraphs.join('\n');
          paragraphs = undefined;
          endCell();
        }
        break;
      case 'text:p':
        if (opens && paragraphs) paragraphs.push('');
        inParagraph = opens && !selfClosing;
        break;
      case 'text:s':
        if (inParagraph && paragraphs)
          paragraphs[paragraphs.length - 1] += ' '.repeat(repeat(attrs, 'text:c'));
        break;
      case 'text:tab':
        if (inParagraph && paragraphs) paragraphs[paragraphs.length - 1] += '\t';
        break;
      case 'text:line-break':
        if (inParagraph && paragraphs) paragraphs[paragraphs.length - 1] += '\n';
        break;
    }
  }
  return sheets;
}
