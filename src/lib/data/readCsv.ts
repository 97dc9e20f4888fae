/**
 * Streams a CSV file into rows of raw strings with their line numbers, reading strictly by
 * RFC 4180: a cell is either plain text without quotes, or wholly enclosed in double quotes with
 * inner quotes doubled. Anything else — a quote inside a plain cell, text after a closing quote,
 * a quote that never closes, line ends of a lone CR — is a located failure, never a guess, so a
 * stray quote in a note can never swallow the rows after it. Memory stays flat however long the
 * file is; no type guessing (codes keep their leading zeros).
 */
import { decodeUtf8, type EncodingFailure } from './decode.ts';

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: string[];
}

/** A quoting slip in one cell: the row is not delivered, reading goes on at the next line. */
export interface QuoteFailure {
  code: 'cell/quote-inside' | 'cell/text-after-quote';
  line: number;
  /** 1-based position of the cell in its row. */
  column_number: number;
  /** The cell as written, up to the next comma or the end of its line. */
  value: string;
}

export type ReadFailure =
  | EncodingFailure
  | QuoteFailure
  /** A quote opened on `line` never closes: everything after it would be one cell. */
  | { code: 'file/quotes'; line: number }
  /** Lines end with a carriage return alone (old Mac Excel): the file reads as one line. */
  | { code: 'file/cr-line-ends'; line: number };

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const SHOWN_VALUE = 200;

// Reader states (plain numbers: scripts run through Node's type stripping, which has no enums).
/** At the start of a cell. */
const CELL_START = 0;
/** Inside a plain (unquoted) cell. */
const PLAIN = 1;
/** Inside a quoted cell. */
const QUOTED = 2;
/** Just after a quote inside a quoted cell: a doubled quote or the cell's end. */
const QUOTE_IN_QUOTED = 3;
/** After a quoting slip: the rest of the physical line is skipped. */
const SKIP_LINE = 4;
type State = 0 | 1 | 2 | 3 | 4;

/**
 * Finds the next character that ends or breaks a plain cell (comma, LF, CR, quote) in a chunk,
 * or the chunk's length. Each of the four is looked up with indexOf (native, far faster than a
 * loop over character codes) and remembered until reading passes it, so a quote or CR that
 * never comes is searched for once a chunk, and a line end once a row.
 */
class SpecialFinder {
  #text = '';
  #comma = -1;
  #lf = -1;
  #quote = -1;
  #cr = -1;

  reset(text: string): void {
    this.#text = text;
    this.#comma = this.#lf = this.#quote = this.#cr = -1;
  }

  /** The first special character at or after `from`. */
  next(from: number): number {
    if (this.#comma < from) this.#comma = this.#find(',', from);
    if (this.#lf < from) this.#lf = this.#find('\n', from);
    if (this.#quote < from) this.#quote = this.#find('"', from);
    if (this.#cr < from) this.#cr = this.#find('\r', from);
    return Math.min(this.#comma, this.#lf, this.#quote, this.#cr);
  }

  #find(character: string, from: number): number {
    const at = this.#text.indexOf(character, from);
    return at === -1 ? this.#text.length : at;
  }
}

/**
 * Calls `onRow` for every row, header included (line 1), and `onFailure` for each failure, as
 * they come (nothing is collected, so memory stays flat however many there are). A row with a
 * quoting slip is reported and left out; a failure of the whole file stops reading.
 */
export async function readCsv(
  bytes: AsyncIterable<Uint8Array>,
  onRow: (row: CsvRow) => void,
  onFailure: (failure: ReadFailure) => void,
): Promise<void> {
  const text = decodeUtf8(bytes, onFailure);
  let state = CELL_START as State;
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  let carry = '';
  let stopped = false;

  const endRow = () => {
    cells.push(cell);
    onRow({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  let slipped: QuoteFailure | undefined;
  let growing = false;
  /** Reports a quoting slip in the current cell; the rest of its line is skipped (and shown). */
  const slip = (code: QuoteFailure['code'], before: string) => {
    // Reported once the rest of its line has been read (the value shows it).
    slipped = { code, line, column_number: cells.length + 1, value: before };
    growing = true;
    cells = [];
    cell = '';
    state = SKIP_LINE;
  };

  const specials = new SpecialFinder();
  for await (const decoded of text) {
    // A CR at a chunk's end waits for the next chunk, so "CR LF" is never split.
    let chunk = carry + decoded;
    carry = '';
    if (chunk.charCodeAt(chunk.length - 1) === CR) {
      carry = '\r';
      chunk = chunk.slice(0, -1);
    }
    specials.reset(chunk);
    let plainStart = 0;
    for (let i = 0; i < chunk.length && !stopped; i++) {
      const c = chunk.charCodeAt(i);
      // Outside a quoted cell, a CR is only allowed as the first half of CR LF, which then
      // ends the row like LF alone; the CR itself is dropped.
      if (c === CR && state !== QUOTED && state !== SKIP_LINE) {
        if (chunk.charCodeAt(i + 1) !== LF) {
          onFailure({ code: 'file/cr-line-ends', line });
          stopped = true;
          break;
        }
        if (state === PLAIN) cell += chunk.slice(plainStart, i);
        state = CELL_START;
        continue;
      }
      switch (state) {
        case CELL_START:
          if (c === QUOTE) {
            state = QUOTED;
            quoteLine = line;
          } else if (c === COMMA) {
            cells.push(cell);
            cell = '';
          } else if (c === LF) {
            endRow();
            rowLine = ++line;
          } else {
            state = PLAIN;
            plainStart = i;
            i = specials.next(i + 1) - 1;
          }
          break;
        case PLAIN:
          if (c === COMMA || c === LF) {
            cell += chunk.slice(plainStart, i);
            if (c === COMMA) {
              cells.push(cell);
              cell = '';
            } else {
              endRow();
              rowLine = ++line;
            }
            state = CELL_START;
          } else if (c === QUOTE) {
            slip('cell/quote-inside', cell + chunk.slice(plainStart, i + 1));
          } else {
            i = specials.next(i + 1) - 1;
          }
          break;
        case QUOTED:
          if (c === QUOTE) state = QUOTE_IN_QUOTED;
          else {
            // Everything up to the next quote belongs to the cell: one slice, lines counted.
            let end = chunk.indexOf('"', i);
            if (end === -1) end = chunk.length;
            for (
              let lf = chunk.indexOf('\n', i);
              lf !== -1 && lf < end;
              lf = chunk.indexOf('\n', lf + 1)
            )
              line++;
            cell += chunk.slice(i, end);
            i = end - 1;
          }
          break;
        case QUOTE_IN_QUOTED:
          if (c === QUOTE) {
            cell += '"';
            state = QUOTED;
          } else if (c === COMMA) {
            cells.push(cell);
            cell = '';
            state = CELL_START;
          } else if (c === LF) {
            endRow();
            rowLine = ++line;
            state = CELL_START;
          } else {
            slip('cell/text-after-quote', `"${cell.replaceAll('"', '""')}"${chunk[i]}`);
          }
          break;
        case SKIP_LINE:
          if (c === LF) {
            if (slipped) onFailure(slipped);
            slipped = undefined;
            rowLine = ++line;
            state = CELL_START;
          } else if (c === COMMA) {
            growing = false; // most likely the cell's end: show no more of the line
          } else if (c !== CR && growing && slipped && slipped.value.length < SHOWN_VALUE) {
            slipped.value += chunk[i];
          }
          break;
      }
    }
    if (stopped) break;
    if (state === PLAIN) cell += chunk.slice(plainStart);
  }
  if (slipped) onFailure(slipped);
  if (stopped) return;
  // A CR held back at the very end is the last line's end, or inside a cell that never closed.
  if (state === QUOTED) onFailure({ code: 'file/quotes', line: quoteLine });
  else if (state !== SKIP_LINE && (state !== CELL_START || cells.length > 0 || cell)) {
    endRow();
  }
}
