/**
 * Checks that need more than one row: district sums against their province here, unique keys in
 * keyIndex.ts. They see each row once as it streams by and keep only what they must.
 */
import type { ProblemInput } from '../makeProblem.ts';
import type { References } from './context.ts';

export interface TableCheck<T> {
  add(row: T, line: number, refs: References): ProblemInput | undefined;
  finish(): ProblemInput[];
}

/** The values of `columns` as one string; \u0001 never appears in a valid cell. */
function keyString(row: Record<string, unknown>, columns: readonly string[]): string {
  let key = '';
  for (const column of columns) key += `${row[column] ?? ''}\u0001`;
  return key;
}

interface SumGroup {
  province: string;
  label: string;
  first?: { line: number; values: (number | undefined)[] };
  districts: Map<string, (number | undefined)[]>;
}

/**
 * A code (a group's province, or a row's own area) and the values of the group columns as one
 * integer, without a string per row: each part's value is numbered in order of first sight (one
 * Map per part) and the numbers are packed, `bits` to a part, below 2^30. A value keeps its
 * number for the whole file, so equal keys always pack alike and unequal ones never do; a part
 * numbered past its bits makes the row's key unpackable (-1), and it then takes the string road
 * of before — again the same road for every row with that key, so the two never mix. Values are
 * the parsed cells: one type per column, an empty cell `undefined` taken as '' as in keyString.
 */
function groupPacker(columns: readonly string[], bits: number) {
  const parts = columns.length + 1;
  const numbers = Array.from({ length: parts }, () => new Map<unknown, number>());
  const limit = 2 ** bits;
  return (code: string, row: Record<string, unknown>): number => {
    let key = 0;
    for (let i = 0; i < parts; i++) {
      const value = i === 0 ? code : (row[columns[i - 1]!] ?? '');
      const seen = numbers[i]!;
      let n = seen.get(value);
      if (n === undefined) seen.set(value, (n = seen.size));
      if (n >= limit) return -1;
      key = key * limit + n;
    }
    return key;
  };
}

/**
 * Districts of one province should not add up to more than the province, and when all of them
 * are present they should add up to it. Real sources disagree, so these are warnings. The first
 * row for an area in a group counts; others (another source for the same figure) are skipped.
 */
export function districtSums<T extends Record<string, unknown>>(options: {
  group: readonly string[];
  measures: readonly string[];
  /** Rows that must not be summed (e.g. "more than" figures). */
  skip?: (row: T) => boolean;
  /** Bits per packed key part; tests lower it to send keys down the string road. */
  packBits?: number;
}): () => TableCheck<T> {
  // Keys within 30 bits stay small integers in V8 (no number object made per row to look one up).
  const bits = options.packBits ?? Math.floor(30 / (options.group.length + 1));
  return () => {
    // Groups in order of first sight (the order of the report), found by packed or string key.
    const ordered: SumGroup[] = [];
    const packed = new Map<number, SumGroup>();
    const byString = new Map<string, SumGroup>();
    const pack = groupPacker(options.group, bits);
    let refs: References | undefined;
    const measuresOf = (row: T) =>
      options.measures.map((m) => (typeof row[m] === 'number' ? (row[m] as number) : undefined));
    // Most rows repeat an area and group already counted (another source for the same figure):
    // they are known by one packed key, before any lookup of the area.
    const counted = new Set<number>();
    const packCounted = groupPacker(options.group, bits);
    return {
      add(row, line, references) {
        refs = references;
        if (options.skip?.(row)) return undefined;
        const code = String(row.area_code);
        const countedKey = packCounted(code, row);
        if (countedKey >= 0) {
          if (counted.has(countedKey)) return undefined;
          counted.add(countedKey);
        }
        const area = references.areas.get(code);
        if (!area || area.level === 'commune') return undefined;
        const province = area.level === 'province' ? code : (area.parent_code ?? '');
        const key = pack(province, row);
        const id = key >= 0 ? undefined : `${province}\u0001${keyString(row, options.group)}`;
        let group = id === undefined ? packed.get(key) : byString.get(id);
        if (!group) {
          group = {
            province,
            label: options.group.map((c) => row[c]).join(' '),
            districts: new Map(),
          };
          if (id === undefined) packed.set(key, group);
          else byString.set(id, group);
          ordered.push(group);
        }
        if (area.level === 'province') group.first ??= { line, values: measuresOf(row) };
        else if (!group.districts.has(code)) group.districts.set(code, measuresOf(row));
        return undefined;
      },
      finish() {
        const problems: ProblemInput[] = [];
        const districtCount = new Map<string, number>();
        for (const area of refs?.areas.values() ?? []) {
          if (area.level === 'district' && area.parent_code) {
            districtCount.set(area.parent_code, (districtCount.get(area.parent_code) ?? 0) + 1);
          }
        }
        for (const group of ordered) {
          if (!group.first || group.districts.size === 0) continue;
          const complete = group.districts.size === districtCount.get(group.province);
          options.measures.forEach((measure, m) => {
            const total = group.first!.values[m];
            if (total === undefined) return;
            const parts = [...group.districts.values()].map((v) => v[m]);
            const sum = parts.reduce<number>((s, v) => s + (v ?? 0), 0);
            const allPresent = complete && parts.every((v) => v !== undefined);
            if (sum > total + 1e-9 || (allPresent && Math.abs(sum - total) > 1e-9)) {
              problems.push({
                code: 'sum/district-total',
                line: group.first!.line,
                column: measure,
                value: String(total),
                sum: Number(sum.toFixed(6)),
                label: group.label,
              });
            }
          });
        }
        return problems;
      },
    };
  };
}
