/** Bytes as Excel, Notepad and old Vietnamese tools save them. */
import type { CorpusCase } from '../corpusCase.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
};
const utf16le = (text: string) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
};
/** Vietnamese text as a legacy 8-bit code page would store it: one byte per character. */
const latin1 = (text: string) => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0) & 0xff));

export const cases: CorpusCase[] = [
  {
    kind: 'validate',
    name: 'UTF-8 with a byte-order mark (Excel "CSV UTF-8")',
    edits: { 'areas.csv': (t) => concat(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8(t)) },
    expect: 'accepted',
  },
  {
    kind: 'validate',
    name: 'UTF-16 little-endian (Excel "Unicode Text")',
    edits: { 'areas.csv': (t) => utf16le(t) },
    expect: [{ code: 'file/utf16', file: 'areas.csv', line: 1 }],
  },
  {
    kind: 'validate',
    name: 'Windows-1258 bytes in a name',
    edits: { 'areas.csv': (t) => latin1(t.replace('Thử Nghiệm', 'Th\u00ecnh')) },
    expect: [{ code: 'file/encoding', file: 'areas.csv', line: 2 }],
  },
  {
    kind: 'validate',
    name: 'a lone continuation byte at the very end',
    edits: { 'targets.csv': (t) => concat(utf8(t), Uint8Array.from([0x80])) },
    expect: [{ code: 'file/encoding', file: 'targets.csv' }],
  },
  {
    kind: 'validate',
    name: 'a truncated multi-byte character at the end',
    edits: { 'targets.csv': (t) => concat(utf8(t), Uint8Array.from([0xe1, 0xba])) },
    expect: [{ code: 'file/encoding', file: 'targets.csv' }],
  },
  {
    kind: 'validate',
    name: 'an overlong encoding of a comma',
    edits: {
      'targets.csv': (t) =>
        concat(
          utf8(t),
          utf8('2020,2020,091,poverty_rate_pct,exact,3,,test-report,stated,,'),
          Uint8Array.from([0xc0, 0xac]),
          utf8('\n'),
        ),
    },
    expect: [{ code: 'file/encoding', file: 'targets.csv', line: 4 }],
  },
  {
    kind: 'validate',
    name: 'a replacement character already in the text (damage from an earlier conversion)',
    edits: { 'areas.csv': (t) => t.replace('Đồng Đăng', 'Đ\uFFFDng Đăng') },
    expect: [{ code: 'file/encoding', file: 'areas.csv', line: 3 }],
  },
  {
    kind: 'validate',
    name: 'TCVN3 text read as Unicode',
    edits: { 'areas.csv': (t) => t.replace('Đồng Đăng', '§ång §¨ng') },
    expect: [{ code: 'cell/legacy-encoding', file: 'areas.csv', line: 3, column: 'name' }],
  },
  {
    kind: 'validate',
    name: 'decomposed accents (macOS)',
    edits: { 'areas.csv': (t) => t.replace('Đồng Đăng', 'Đồng Đăng'.normalize('NFD')) },
    expect: [{ code: 'cell/unicode-form', file: 'areas.csv', line: 3, column: 'name' }],
  },
  {
    kind: 'validate',
    name: 'CRLF line ends (Excel on Windows)',
    edits: { 'poverty.csv': (t) => t.replaceAll('\n', '\r\n') },
    expect: 'accepted',
  },
  {
    kind: 'validate',
    name: 'CR-only line ends (old Mac Excel)',
    edits: { 'poverty.csv': (t) => t.replaceAll('\n', '\r') },
    expect: [{ code: 'file/cr-line-ends', file: 'poverty.csv', line: 1 }],
    absent: ['header/unknown-column', 'file/quotes'],
  },
  {
    kind: 'validate',
    name: 'mixed CRLF and LF rows',
    edits: { 'poverty.csv': (t) => t.replace('\n', '\r\n') },
    expect: 'accepted',
  },
  {
    kind: 'validate',
    name: 'no line break after the last row',
    edits: { 'poverty.csv': (t) => t.replace(/\n$/, '') },
    expect: 'accepted',
  },
];
