/**
 * Unpacks the XML parts of an .xlsx (a zip file) within fixed bounds of time and memory. The zip's
 * central directory says how big each part is once inflated; that is checked against the limits
 * before anything is inflated, and the inflater itself stops as soon as a part grows beyond what
 * the directory said, so a zip bomb (a few MB inflating to GBs) is refused within milliseconds,
 * whether its directory is honest or lies. Only `.xml` and `.rels` parts are read, as
 * read-excel-file does; pictures and printer settings are never inflated.
 */
import { Inflate } from 'fflate';

export interface ZipLimits {
  /** Largest .xlsx file accepted, in bytes. */
  maxFileBytes: number;
  /** Most entries in the zip directory. */
  maxEntries: number;
  /** Largest total of the XML parts once inflated, in bytes. */
  maxUncompressedBytes: number;
}

/** Why a workbook was not read; `limit` is set when a limit was hit (its name and value). */
export class WorkbookRefused extends Error {
  readonly code: string;
  readonly message_vi: string;
  readonly message_en: string;
  readonly limit?: { name: string; value: number };
  constructor(code: string, vi: string, en: string, limit?: { name: string; value: number }) {
    super(en);
    this.name = 'WorkbookRefused';
    this.code = code;
    this.message_vi = vi;
    this.message_en = en;
    this.limit = limit;
  }
}

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

function tooLarge(name: keyof ZipLimits, value: number, vi: string, en: string): WorkbookRefused {
  return new WorkbookRefused('workbook/limit', vi, en, { name, value });
}

const corrupt = (why: string) =>
  new WorkbookRefused(
    'workbook/corrupt',
    `Tệp .xlsx bị hỏng hoặc không phải tệp Excel (${why}). Mở bằng Excel rồi lưu lại dạng .xlsx.`,
    `The .xlsx file is damaged or not an Excel file (${why}). Open it in Excel and save it again as .xlsx.`,
  );

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const wanted = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

/** Reads the central directory: every entry's name, method and declared sizes. */
export function zipDirectory(bytes: Uint8Array, limits: Pick<ZipLimits, 'maxEntries'>): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => {
    const value = view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt('size beyond 2^53');
    return Number(value);
  };
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no zip directory');
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== 0x07064b50) throw corrupt('zip64 locator missing');
    const record = u64(locator + 8);
    if (record + 56 > bytes.length || u32(record) !== 0x06064b50) throw corrupt('zip64 record');
    count = u64(record + 32);
    offset = u64(record + 48);
  }
  if (count > limits.maxEntries)
    throw tooLarge(
      'maxEntries',
      limits.maxEntries,
      `Tệp .xlsx có ${count} phần, vượt giới hạn ${limits.maxEntries}.`,
      `The .xlsx has ${count} parts, more than the limit of ${limits.maxEntries}.`,
    );
  const entries: Entry[] = [];
  const names = new Set<string>();
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) throw corrupt('directory entry');
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) throw corrupt('directory entry');
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    let localOffset = u32(at + 42);
    // Zip64: a field at its maximum is given in the extra field instead, in this order.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength;) {
      const id = u16(e);
      const length = u16(e + 2);
      if (id === 0x0001) {
        let p = e + 4;
        if (size === 0xffffffff) {
          size = u64(p);
          p += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(p);
          p += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(p);
      }
      e += 4 + length;
    }
    // Two parts with one name: the reader and this check could each see a different one.
    if (names.has(name)) throw corrupt(`two parts named ${name}`);
    names.add(name);
    entries.push({
      name,
      method: u16(at + 10),
      flags: u16(at + 8),
      compressedSize,
      size,
      localOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates raw DEFLATE data, stopping as soon as the output passes `limit` bytes. */
function inflateAtMost(data: Uint8Array, limit: number, name: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw corrupt(`${name} inflates beyond the size its directory gives`);
    chunks.push(chunk);
  });
  // Small input chunks keep what one push can inflate to (at most ~1,032 times the chunk) small.
  const CHUNK = 16 * 1024;
  try {
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < data.length; i += CHUNK)
      inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
  } catch (error) {
    if (error instanceof WorkbookRefused) throw error;
    throw corrupt(`${name}: ${(error as Error).message}`);
  }
  const out = new Uint8Array(total);
  let p = 0;
  for (const chunk of chunks) out.set(chunk, (p += chunk.length) - chunk.length);
  return out;
}

/** Throws when a file of `size` bytes is too large to read at all (checked before reading it). */
export function checkFileSize(size: number, limits: Pick<ZipLimits, 'maxFileBytes'>): void {
  if (size > limits.maxFileBytes)
    throw tooLarge(
      'maxFileBytes',
      limits.maxFileBytes,
      `Tệp .xlsx nặng ${MB(size)}, vượt giới hạn ${MB(limits.maxFileBytes)}.`,
      `The .xlsx file is ${MB(size)}, more than the limit of ${MB(limits.maxFileBytes)}.`,
    );
}

/** The `.xml` and `.rels` parts of an .xlsx, by name, inflated within the limits. */
export function unzipBounded(bytes: Uint8Array, limits: ZipLimits): Record<string, Uint8Array> {
  checkFileSize(bytes.length, limits);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw corrupt('not a zip file');
  const entries = zipDirectory(bytes, limits).filter((e) => wanted(e.name));
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > limits.maxUncompressedBytes)
    throw tooLarge(
      'maxUncompressedBytes',
      limits.maxUncompressedBytes,
      `Nội dung tệp .xlsx khi giải nén là ${MB(declared)}, vượt giới hạn ${MB(limits.maxUncompressedBytes)} (có thể là "zip bomb"). Không có gì được giải nén.`,
      `The .xlsx would inflate to ${MB(declared)}, more than the limit of ${MB(limits.maxUncompressedBytes)} (perhaps a zip bomb). Nothing was inflated.`,
    );
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    if (entry.flags & 1) throw corrupt(`${entry.name} is encrypted`);
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50)
      throw corrupt(`${entry.name}: local header`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw corrupt(`${entry.name}: truncated`);
    const data = bytes.subarray(start, end);
    if (entry.method === 0) {
      if (data.length > entry.size) throw corrupt(`${entry.name}: stored size`);
      parts[entry.name] = data;
    } else if (entry.method === 8) {
      parts[entry.name] = inflateAtMost(data, entry.size, entry.name);
    } else {
      throw corrupt(`${entry.name}: compression method ${entry.method}`);
    }
  }
  return parts;
}
