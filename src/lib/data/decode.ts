/**
 * Bytes to text, checking the encoding the way a spreadsheet user needs: a UTF-8 byte-order mark
 * is accepted and removed; UTF-16 and legacy 8-bit encodings (Windows-1258, TCVN3, VNI) are
 * refused with the line where the first bad byte is, instead of publishing garbled Vietnamese.
 */
export type EncodingFailure = { code: 'file/utf16' | 'file/encoding'; line: number };

/** Yields decoded text chunks; stops and reports through `onFailure` at the first bad byte. */
export async function* decodeUtf8(
  chunks: AsyncIterable<Uint8Array>,
  onFailure: (failure: EncodingFailure) => void,
): AsyncGenerator<string> {
  // ignoreBOM: false makes the decoder drop a leading UTF-8 byte-order mark.
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  let first = true;
  let linesBefore = 0;
  for await (const bytes of chunks) {
    if (first && bytes.length > 0) {
      first = false;
      if (looksUtf16(bytes)) {
        onFailure({ code: 'file/utf16', line: 1 });
        return;
      }
    }
    const text = decoder.decode(bytes, { stream: true });
    const bad = text.indexOf('\uFFFD');
    if (bad !== -1) {
      onFailure({ code: 'file/encoding', line: linesBefore + countLines(text, bad) + 1 });
      return;
    }
    linesBefore += countLines(text, text.length);
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest.includes('\uFFFD')) onFailure({ code: 'file/encoding', line: linesBefore + 1 });
  else if (rest) yield rest;
}

/** A UTF-16 byte-order mark, or NUL bytes that ASCII text saved as UTF-16 always has. */
function looksUtf16(bytes: Uint8Array): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return true;
  }
  return bytes.subarray(0, 200).includes(0);
}

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
