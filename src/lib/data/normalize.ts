/**
 * Rewrites a CSV saved by Excel on a Vietnamese Windows machine into the canonical form: UTF-8,
 * commas, "." decimals, no thousands separators, exact header names and order, trimmed NFC text,
 * codes with their leading zeros, LF line ends, no empty rows. Every change is listed, so staff
 * see what happened to their file. It changes form only, never a figure, and never drops a cell:
 * a file it cannot rewrite without losing or moving text (a row whose cells do not match the
 * header, a quote papaparse could not place) is refused with the line, and left as it was.
 */
import Papa from 'papaparse';
import { codeColumnsOf, columnsOf, DATASETS, type DatasetDefinition } from '../schemas/datasets.ts';
import type { FieldMeta } from '../schemas/fields.ts';
import { foldColumnName } from './header.ts';
import { makeProblem } from './makeProblem.ts';
import type { Problem } from './problem.ts';

export interface Change {
  line: number;
  column: string | null;
  from: string;
  to: string;
  what: string;
}

/**
 * Why a file was left as it is: the change would lose or move a cell (a row with more or fewer
 * cells than the header, a quote papaparse could not place, a column without a name that holds
 * text) or the file is not a dataset. Located and bilingual, like a validation problem.
 */
export type NormalizeRefusal = Problem;

export type NormalizeResult =
  | { ok: true; dataset: string; text: string; changes: Change[] }
  | { ok: false; reason: string; refusal: NormalizeRefusal };

/** Decodes UTF-8 (with or without BOM) and UTF-16; refuses legacy 8-bit encodings. */
export function decodeForNormalize(
  bytes: Uint8Array,
): { text: string; note?: string } | { error: string } {
  const [b0, b1] = bytes;
  if (b0 === 0xff && b1 === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), note: 'UTF-16 → UTF-8' };
  if (b0 === 0xfe && b1 === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), note: 'UTF-16 → UTF-8' };
  try {
    const hadBom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return hadBom ? { text, note: 'BOM removed' } : { text };
  } catch {
    return {
      error:
        'Not UTF-8 (Windows-1258, TCVN3 or VNI?). The encoding cannot be guessed safely: in Excel use Save As > "CSV UTF-8 (Comma delimited)".',
    };
  }
}

/** Finds the dataset whose columns the header names, allowing case, accents and order. */
export function datasetForHeader(header: readonly string[]): DatasetDefinition | undefined {
  const folded = new Set(header.map(foldColumnName).filter(Boolean));
  return Object.values(DATASETS).find((d) => {
    const names = columnsOf(d).map((c) => c.name);
    return names.length === folded.size && names.every((n) => folded.has(n));
  });
}

const SHOWN = 200;

/** The 1-based line each parsed record starts on (the header is record 0, line 1). */
function recordStartLines(records: readonly string[][]): number[] {
  const starts: number[] = [];
  let line = 1;
  for (const cells of records) {
    starts.push(line);
    line += 1 + cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  }
  return starts;
}

/** A papaparse error as a located problem: the quote it could not place, never a guess. */
function parseErrorProblem(text: string, error: Papa.ParseError, file: string): Problem {
  const at = Math.max(0, Math.min(error.index ?? 0, text.length));
  const line = (text.slice(0, at).match(/\n/g)?.length ?? 0) + 1;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.slice(lineStart).search(/\r?\n|$/);
  const value = text.slice(lineStart, lineStart + Math.min(lineEnd, SHOWN));
  if (error.code === 'MissingQuotes') return makeProblem(file, { code: 'file/quotes', line });
  if (error.code === 'InvalidQuotes')
    return makeProblem(file, { code: 'cell/text-after-quote', line, value });
  return makeProblem(file, { code: 'file/parse', line, value, reason: error.message });
}

function refuse(problem: Problem): NormalizeResult {
  return { ok: false, reason: problem.message_en, refusal: problem };
}

export function normalizeCsv(
  text: string,
  options: {
    areaCodes?: ReadonlySet<string>;
    /** The file as named in a refusal (e.g. `data/poverty.csv`). */
    file?: string;
  } = {},
): NormalizeResult {
  const file = options.file ?? '';
  const changes: Change[] = [];
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const semicolons = firstLine.includes(';') && !firstLine.includes(',');
  const separator = semicolons ? ';' : ',';
  if (semicolons) changes.push({ line: 1, column: null, from: ';', to: ',', what: 'separator' });
  if (text.includes('\r\n'))
    changes.push({ line: 1, column: null, from: 'CRLF', to: 'LF', what: 'line ends' });
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  // Any error means papaparse had to guess where a cell ends: rewriting would fix that guess.
  const [firstError] = parsed.errors;
  if (firstError) return refuse(parseErrorProblem(text, firstError, file));
  const records = parsed.data;
  // A final line break is not an empty row.
  if (records.length > 1 && records.at(-1)!.length === 1 && records.at(-1)![0] === '')
    records.pop();
  const starts = recordStartLines(records);
  const [header, ...rows] = records;
  if (!header || (header.length === 1 && header[0]!.trim() === '' && rows.length === 0))
    return refuse(makeProblem(file, { code: 'file/empty' }));
  const folded = header.map(foldColumnName);
  const seen = new Set<string>();
  for (const [i, name] of folded.entries()) {
    if (name && seen.has(name))
      return refuse(
        makeProblem(file, {
          code: 'header/duplicate-column',
          line: 1,
          column: name,
          column_number: i + 1,
          value: header[i]!,
        }),
      );
    seen.add(name);
  }
  const dataset = datasetForHeader(header);
  if (!dataset) return refuse(makeProblem(file, { code: 'file/no-dataset', line: 1 }));

  // Every row must have exactly the header's cells, or mapping them by position would shift or
  // drop text (an unquoted comma in a note). Blank rows hold no text and are removed as before.
  const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');
  const unnamed = folded.flatMap((name, i) => (name === '' ? [i] : []));
  for (const [r, row] of rows.entries()) {
    if (isBlank(row)) continue;
    const line = starts[r + 1]!;
    if (row.length !== header.length)
      return refuse(
        makeProblem(file, {
          code: 'row/field-count',
          line,
          found: row.length,
          expectedCount: header.length,
        }),
      );
    const lost = unnamed.find((i) => row[i]!.trim() !== '');
    if (lost !== undefined)
      return refuse(
        makeProblem(file, {
          code: 'header/unnamed-column',
          line,
          column_number: lost + 1,
          value: row[lost]!.slice(0, SHOWN),
          position: lost + 1,
        }),
      );
  }
  for (const i of unnamed)
    changes.push({
      line: 1,
      column: null,
      from: `#${i + 1}`,
      to: '',
      what: 'empty column without a name removed',
    });

  const columns = columnsOf(dataset);
  const names = columns.map((c) => c.name);
  const positions = names.map((name) => folded.indexOf(name));
  header.forEach((h, i) => {
    if (folded[i] && h !== folded[i])
      changes.push({ line: 1, column: folded[i]!, from: h, to: folded[i]!, what: 'column name' });
  });
  const named = folded.filter(Boolean);
  if (named.join(',') !== names.join(',')) {
    changes.push({
      line: 1,
      column: null,
      from: named.join(','),
      to: names.join(','),
      what: 'column order',
    });
  }

  // Area codes a spreadsheet turned into numbers ("58" for "058") get their zeros back.
  const areaColumns = new Set(codeColumnsOf(dataset, 'areas'));
  const out: string[][] = [columns.map((c) => c.name)];
  const lines: number[] = [1];
  for (const [r, row] of rows.entries()) {
    const startLine = starts[r + 1]!;
    if (isBlank(row)) {
      changes.push({
        line: startLine,
        column: null,
        from: row.join(separator),
        to: '',
        what: 'empty row removed',
      });
      continue;
    }
    lines.push(startLine);
    out.push(
      columns.map(({ name, meta }, c) => {
        const raw = row[positions[c]!]!;
        const areaCodes = areaColumns.has(name) ? options.areaCodes : undefined;
        const value = normalizeCell(raw, meta, semicolons, areaCodes);
        if (value.to !== raw)
          changes.push({
            line: startLine,
            column: name,
            from: raw,
            to: value.to,
            what: value.what,
          });
        return value.to;
      }),
    );
  }
  if (dataset.name === 'areas') padAreaCodes(out, lines, changes);
  return {
    ok: true,
    dataset: dataset.name,
    text: `${Papa.unparse(out, { newline: '\n' })}\n`,
    changes,
  };
}

function normalizeCell(
  raw: string,
  meta: FieldMeta,
  viLocale: boolean,
  /** The known area codes, when the column holds area codes. */
  areaCodes: ReadonlySet<string> | undefined,
): { to: string; what: string } {
  let to = raw.trim().normalize('NFC');
  const whats: string[] = [];
  if (to !== raw) whats.push('spaces/Unicode');
  if (meta.type === 'integer' && /^-?\d{1,3}([.,\s]\d{3})+$/.test(to)) {
    to = to.replace(/[.,\s]/g, '');
    whats.push('thousands separator');
  } else if (meta.type === 'number') {
    const number = normalizeDecimal(to, viLocale);
    if (number !== to) {
      to = number;
      whats.push('decimal mark');
    }
  }
  if (areaCodes && /^\d+$/.test(to) && !areaCodes.has(to)) {
    const padded = [`0${to}`, `00${to}`].find((c) => areaCodes.has(c));
    if (padded) {
      to = padded;
      whats.push('leading zero');
    }
  }
  return { to, what: whats.join(', ') };
}

/** "1.234,5" (vi-VN) → "1234.5"; "12,5" → "12.5"; in a comma file "1.234" stays a decimal. */
function normalizeDecimal(value: string, viLocale: boolean): string {
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(value) && (viLocale || value.includes(','))) {
    return value.replace(/\./g, '').replace(',', '.');
  }
  if (/^-?\d+,\d+$/.test(value)) return value.replace(',', '.');
  return value;
}

// Maps, not object literals: a level typed as "__proto__" must find no width, not Object's prototype.
const WIDTH = new Map<string, number>([
  ['province', 2],
  ['district', 3],
  ['commune', 5],
]);
const PARENT_WIDTH = new Map<string, number>([
  ['district', 2],
  ['commune', 3],
]);

/** In areas.csv the level says how many digits a code has, so lost zeros can be restored. */
function padAreaCodes(rows: string[][], lines: number[], changes: Change[]): void {
  rows.forEach((row, i) => {
    if (i === 0) return;
    const [code = '', level = '', parent = ''] = row;
    const pad = (value: string, width: number | undefined, column: string, at: number) => {
      if (width === undefined || !/^\d+$/.test(value) || value.length >= width) return value;
      const to = value.padStart(width, '0');
      changes.push({ line: lines[i]!, column, from: value, to, what: 'leading zero' });
      row[at] = to;
      return to;
    };
    pad(code, WIDTH.get(level), 'code', 0);
    pad(parent, PARENT_WIDTH.get(level), 'parent_code', 2);
  });
}
