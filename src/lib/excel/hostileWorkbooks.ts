/**
 * Workbooks nobody should send, built in memory for the tests and the hostile corpus: zip bombs
 * (a few MB of DEFLATE that inflate to GBs, with an honest or a lying zip directory), hidden
 * sheets, and zips written entry by entry. Test support only; the site never uses it.
 */
import { unzipSync, zipSync } from 'fflate';

let crcTable: Uint32Array | undefined;
function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Writes bits least significant first, as DEFLATE packs them. */
class BitWriter {
  private bytes: Uint8Array;
  private bit = 0;
  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++, this.bit++)
      if ((value >>> i) & 1) this.bytes[this.bit >>> 3]! |= 1 << (this.bit & 7);
  }
  /** A Huffman code, which DEFLATE writes most significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--, this.bit++)
      if ((value >>> i) & 1) this.bytes[this.bit >>> 3]! |= 1 << (this.bit & 7);
  }
  done(): Uint8Array {
    return this.bytes.subarray(0, (this.bit + 7) >>> 3);
  }
}

/**
 * Raw DEFLATE data that inflates to `length` spaces: one literal, then back-references of 258
 * bytes at distance 1, 13 bits each in the fixed Huffman code — about 1/160 of a byte per byte,
 * so 1 GiB takes some 6.5 MB.
 */
export function deflatedSpaces(length: number): Uint8Array {
  const matches = Math.floor(Math.max(0, length - 1) / 258);
  const rest = Math.max(0, length - 1 - matches * 258);
  const writer = new BitWriter(Math.ceil(((matches * 13 + (rest + 1) * 8 + 10) / 8) * 1.01) + 16);
  writer.bits(1, 1); // final block
  writer.bits(1, 2); // fixed Huffman codes
  const literal = () => writer.code(0x30 + 0x20, 8); // ' ' (literals 0–143: 8 bits from 0x30)
  if (length > 0) literal();
  for (let i = 0; i < matches; i++) {
    writer.code(0b11000101, 8); // length 258 (code 285)
    writer.code(0, 5); // distance 1
  }
  for (let i = 0; i < rest; i++) literal();
  writer.code(0, 7); // end of block (256)
  return writer.done();
}

export interface RawEntry {
  name: string;
  /** The bytes as stored in the zip (already deflated for method 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The inflated size the directory declares. */
  size: number;
  crc?: number;
}

/** A zip written entry by entry, with whatever sizes the directory should claim. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(14, entry.crc ?? 0, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, Math.min(entry.size, 0xfffffffe), true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(16, entry.crc ?? 0, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, Math.min(entry.size, 0xfffffffe), true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, entry.data);
    centrals.push(central);
    offset += local.length + entry.data.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The entries of a real workbook, stored uncompressed, ready to be mixed with hostile ones. */
export function entriesOf(workbook: Uint8Array): RawEntry[] {
  return Object.entries(unzipSync(workbook)).map(([name, data]) => ({
    name,
    data,
    method: 0,
    size: data.length,
    crc: crc32(data),
  }));
}

/**
 * A real workbook with one more XML part that inflates to `inflated` bytes of spaces. With
 * `honest`, the directory declares that size; otherwise it claims 1 KB.
 */
export function zipBomb(workbook: Uint8Array, inflated: number, honest: boolean): Uint8Array {
  const data = deflatedSpaces(inflated);
  return rawZip([
    ...entriesOf(workbook),
    { name: 'xl/bomb.xml', data, method: 8, size: honest ? inflated : 1024 },
  ]);
}

/** The workbook with the named sheets marked hidden (`state="hidden"`) in xl/workbook.xml. */
export function withHiddenSheets(
  workbook: Uint8Array,
  names: readonly string[],
  state: 'hidden' | 'veryHidden' = 'hidden',
): Uint8Array {
  const parts = unzipSync(workbook);
  let xml = new TextDecoder().decode(parts['xl/workbook.xml']);
  for (const name of names)
    xml = xml.replace(new RegExp(`<sheet ([^>]*name="${name}")`), `<sheet state="${state}" $1`);
  parts['xl/workbook.xml'] = new TextEncoder().encode(xml);
  return zipSync(parts);
}

/** The workbook with one part's XML edited (e.g. a sheet, to add a far cell or a formula). */
export function withPart(
  workbook: Uint8Array,
  name: string,
  edit: (xml: string) => string,
): Uint8Array {
  const parts = unzipSync(workbook);
  parts[name] = new TextEncoder().encode(edit(new TextDecoder().decode(parts[name])));
  return zipSync(parts);
}
