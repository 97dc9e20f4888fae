/**
 * The unique-key check without a string per row. Each key column's value becomes a small
 * integer — a year or integer as its offset from the column's minimum, an enum value as its
 * index, an area or source code as its index in the reference tables as they stand when the
 * file starts — and the key is those integers packed into one number (mixed radix, below 2^53,
 * so two keys pack alike exactly when they are equal: no false duplicate is possible). The
 * packed key indexes pages of first lines (firstLines.ts), which hold the part of the key space
 * a file touches and so stay flat however many rows it has; keys too sparse for pages move
 * into a hash table of typed arrays. A key that cannot be packed (free text, a code the tables
 * do not know, a dataset whose radices overflow) is kept exactly as a string; equal keys always
 * take the same road, so the two never mix.
 */
import type { FieldMeta } from '../../schemas/fields.ts';
import type { References } from './context.ts';
import { PackedSet, PagedLines, type FirstLines } from './firstLines.ts';
import type { TableCheck } from './tableChecks.ts';

/** Index of a value in its column's radix; 0 stands for an empty cell, -1 for "cannot pack". */
type Digit = (value: unknown) => number;

interface Packer {
  digit: Digit;
  radix: number;
}

export interface KeyColumn {
  name: string;
  meta: FieldMeta;
}

/** Codes of one reference table, numbered from 1, as they stand when the file starts. */
function codeIndex(codes: Iterable<string>): Map<string, number> {
  const index = new Map<string, number>();
  for (const code of codes) index.set(code, index.size + 1);
  return index;
}

function packerFor(column: KeyColumn, refs: References): Packer | undefined {
  const { meta } = column;
  if (meta.references) {
    const index = codeIndex(meta.references === 'areas' ? refs.areas.keys() : refs.sources.keys());
    return {
      radix: index.size + 1,
      digit: (v) => (v === undefined ? 0 : typeof v === 'string' ? (index.get(v) ?? -1) : -1),
    };
  }
  if (meta.enum) {
    const index = codeIndex(meta.enum);
    return {
      radix: index.size + 1,
      digit: (v) => (v === undefined ? 0 : (index.get(v as string) ?? -1)),
    };
  }
  if (
    (meta.type === 'year' || meta.type === 'integer') &&
    meta.minimum !== undefined &&
    meta.maximum !== undefined
  ) {
    const { minimum, maximum } = meta;
    return {
      radix: maximum - minimum + 2,
      digit: (v) =>
        v === undefined
          ? 0
          : typeof v === 'number' && Number.isInteger(v) && v >= minimum && v <= maximum
            ? v - minimum + 1
            : -1,
    };
  }
  return undefined;
}

/**
 * Packs a row's key into one safe integer, or returns -1 when one of its values cannot be. The
 * source is the most significant digit: what one source reports (its years, all its areas and
 * statuses) then lies close together in the key space, on few pages of first lines.
 */
function compilePacker(keyColumns: readonly KeyColumn[], refs: References) {
  const columns = [
    ...keyColumns.filter((c) => c.meta.references === 'sources'),
    ...keyColumns.filter((c) => c.meta.references !== 'sources'),
  ];
  const packers = columns.map((c) => packerFor(c, refs));
  let capacity = 1;
  for (const p of packers) capacity = p ? capacity * p.radix : Infinity;
  if (!(capacity <= Number.MAX_SAFE_INTEGER)) return () => -1;
  const names = columns.map((c) => c.name);
  const ready = packers as Packer[];
  return (row: Record<string, unknown>) => {
    let key = 0;
    for (let i = 0; i < ready.length; i++) {
      const d = ready[i]!.digit(row[names[i]!]);
      if (d < 0) return -1;
      key = key * ready[i]!.radix + d;
    }
    return key;
  };
}

function keyString(row: Record<string, unknown>, columns: readonly string[]): string {
  let key = '';
  for (const column of columns) key += `${row[column] ?? ''}\u0001`;
  return key;
}

/** Rows whose key columns are all equal are the same figure entered twice. */
export function packedUniqueKey<T extends Record<string, unknown>>(
  columns: readonly KeyColumn[],
): () => TableCheck<T> {
  const names = columns.map((c) => c.name);
  const label = names.join(', ');
  return () => {
    let pack: ((row: Record<string, unknown>) => number) | undefined;
    let paged: PagedLines | undefined;
    let packed: FirstLines | undefined;
    const exact = new Map<string, number>();
    return {
      add(row, line, refs) {
        if (!pack) {
          pack = compilePacker(columns, refs);
          packed = paged = new PagedLines();
        }
        const key = pack(row);
        let first: number | undefined;
        if (key >= 0) {
          const found = packed!.firstLine(key, line);
          // Keys spread too thinly for pages move, once, into a hash table.
          if (paged?.sparse) {
            packed = PackedSet.from(paged.entries());
            paged = undefined;
          }
          first = found < 0 ? undefined : found;
        } else {
          const id = keyString(row, names);
          first = exact.get(id);
          if (first === undefined) exact.set(id, line);
        }
        if (first === undefined) return undefined;
        return { code: 'row/duplicate-key', line, firstLine: first, key: label };
      },
      finish: () => [],
    };
  };
}
