/**
 * Streams a CSV file into rows of raw strings with their line numbers, using papaparse with no
 * type guessing (codes keep their leading zeros). Memory stays flat however long the file is.
 */
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { decodeUtf8, type EncodingFailure } from './decode.ts';

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: string[];
}

export type ReadFailure = EncodingFailure | { code: 'file/quotes'; line: number };

/**
 * Calls `onRow` for every row, header included (line 1). Resolves with the failures that stop
 * reading (bad encoding, an unclosed quote); rows before the failure have been delivered.
 */
export async function readCsv(
  bytes: AsyncIterable<Uint8Array>,
  onRow: (row: CsvRow) => void,
): Promise<ReadFailure[]> {
  const failures: ReadFailure[] = [];
  const text = decodeUtf8(bytes, (failure) => failures.push(failure));
  const { newline, chunks } = await detectNewline(text);
  let nextLine = 1;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(Readable.from(chunks), {
      delimiter: ',',
      newline,
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      step(result) {
        const cells = result.data;
        const line = nextLine;
        nextLine += 1 + newlinesIn(cells);
        if (result.errors.some((e) => e.code === 'MissingQuotes')) {
          failures.push({ code: 'file/quotes', line });
          return;
        }
        onRow({ line, cells });
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
  return failures;
}

/** Reads ahead to the first line break to tell CRLF (Excel on Windows) from LF files. */
async function detectNewline(
  text: AsyncGenerator<string>,
): Promise<{ newline: '\n' | '\r\n'; chunks: AsyncGenerator<string> }> {
  const buffered: string[] = [];
  let newline: '\n' | '\r\n' = '\n';
  for (;;) {
    const next = await text.next();
    if (next.done) break;
    buffered.push(next.value);
    const lf = next.value.indexOf('\n');
    if (lf !== -1) {
      const before = lf > 0 ? next.value[lf - 1] : buffered.at(-2)?.at(-1);
      if (before === '\r') newline = '\r\n';
      break;
    }
  }
  async function* replay() {
    yield* buffered;
    yield* text;
  }
  return { newline, chunks: replay() };
}

function newlinesIn(cells: string[]): number {
  let n = 0;
  for (const cell of cells) {
    if (cell.length > 0 && cell.includes('\n')) n += cell.split('\n').length - 1;
  }
  return n;
}
