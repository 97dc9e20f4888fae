/**
 * Tables from packed keys (safe integers, see keyIndex.ts) to the first line each was seen on.
 * Lines are kept in 32 bits; 0 marks a key not seen yet, and LATE a line past what 32 bits
 * hold (a file of over four billion lines), kept exactly in a Map instead.
 */
export interface FirstLines {
  /** The first line of `key`, after recording `line` for it if it is new (then -1). */
  firstLine(key: number, line: number): number;
}

const LATE = 0xffffffff;
/** 1,024 lines of 4 bytes: one page of memory. */
const PAGE = 1024;
/** Pages the paged table may hold before its density is looked at (1 MiB). */
const PAGES_BEFORE_DENSITY = 256;
/** Below one key in this many slots, the pages cost more than a hash table would. */
const SPARSE = 16;

/**
 * First lines indexed by the key itself, in pages of the key space made when a key first falls
 * on one. Keys packed from reference tables are dense (a file's years, areas and sources), so
 * the memory is the part of the space the file touches: rows repeating keys cost nothing, and
 * there is no hashing. Consecutive rows mostly fall on the same page, which is remembered.
 */
export class PagedLines implements FirstLines {
  #pages = new Map<number, Uint32Array>();
  #lastIndex = -1;
  #last: Uint32Array = new Uint32Array(0);
  #late = new Map<number, number>();
  #size = 0;

  firstLine(key: number, line: number): number {
    const index = Math.floor(key / PAGE);
    if (index !== this.#lastIndex) {
      let page = this.#pages.get(index);
      if (!page) this.#pages.set(index, (page = new Uint32Array(PAGE)));
      this.#lastIndex = index;
      this.#last = page;
    }
    const slot = key - index * PAGE;
    const first = this.#last[slot]!;
    if (first === LATE) return this.#late.get(key)!;
    if (first !== 0) return first;
    if (line >= LATE) this.#late.set(key, line);
    this.#last[slot] = Math.min(line, LATE);
    this.#size++;
    return -1;
  }

  /** Whether the keys are so spread out that a hash table would hold them in less memory. */
  get sparse(): boolean {
    const pages = this.#pages.size;
    return pages > PAGES_BEFORE_DENSITY && pages * PAGE > SPARSE * this.#size;
  }

  /** Every key with its first line. */
  *entries(): Generator<[number, number]> {
    for (const [index, page] of this.#pages) {
      for (let slot = 0; slot < PAGE; slot++) {
        const first = page[slot]!;
        const key = index * PAGE + slot;
        if (first !== 0) yield [key, first === LATE ? this.#late.get(key)! : first];
      }
    }
  }
}

/** Keys to first lines by linear probing, 12 bytes a slot; a stored key is key + 1 (0 is empty). */
export class PackedSet implements FirstLines {
  #keys = new Float64Array(1 << 12);
  #lines = new Uint32Array(1 << 12);
  #late = new Map<number, number>();
  #size = 0;

  static from(entries: Iterable<[number, number]>): PackedSet {
    const set = new PackedSet();
    for (const [key, line] of entries) set.firstLine(key, line);
    return set;
  }

  firstLine(key: number, line: number): number {
    if ((this.#size + 1) * 2 > this.#keys.length) this.#grow();
    const stored = key + 1;
    const mask = this.#keys.length - 1;
    let slot = hash(key) & mask;
    for (;;) {
      const k = this.#keys[slot]!;
      if (k === 0) {
        this.#keys[slot] = stored;
        if (line >= LATE) this.#late.set(key, line);
        this.#lines[slot] = Math.min(line, LATE);
        this.#size++;
        return -1;
      }
      if (k === stored) {
        const first = this.#lines[slot]!;
        return first === LATE ? this.#late.get(key)! : first;
      }
      slot = (slot + 1) & mask;
    }
  }

  #grow(): void {
    const keys = this.#keys;
    const lines = this.#lines;
    this.#keys = new Float64Array(keys.length * 2);
    this.#lines = new Uint32Array(keys.length * 2);
    const mask = this.#keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k === 0) continue;
      let slot = hash(k - 1) & mask;
      while (this.#keys[slot] !== 0) slot = (slot + 1) & mask;
      this.#keys[slot] = k;
      this.#lines[slot] = lines[i]!;
    }
  }
}

/** Mixes both 32-bit halves of a safe integer (packed keys are dense in their low digits). */
function hash(key: number): number {
  const lo = key >>> 0;
  const hi = (key / 4294967296) >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x9e3779b1);
  h ^= h >>> 15;
  return Math.imul(h, 0x85ebca6b) ^ (h >>> 13);
}
