/**
 * Checks that need more than one row: unique keys, and district sums against their province.
 * They see each row once as it streams by and keep only what they must (keys, running sums).
 */
import type { ProblemInput } from '../makeProblem.ts';
import type { References } from './context.ts';

export interface TableCheck<T> {
  add(row: T, line: number, refs: References): ProblemInput | undefined;
  finish(): ProblemInput[];
}

/** Rows whose key columns are all equal are the same figure entered twice. */
export function uniqueKey<T extends Record<string, unknown>>(key: readonly string[]): () => TableCheck<T> {
  return () => {
    const seen = new Map<string, number>();
    return {
      add(row, line) {
        const id = key.map((column) => String(row[column] ?? '')).join('\u0000');
        const first = seen.get(id);
        if (first === undefined) {
          seen.set(id, line);
          return undefined;
        }
        return { code: 'row/duplicate-key', line, a: first, b: key.join(', ') };
      },
      finish: () => [],
    };
  };
}

interface SumGroup {
  province?: { line: number; values: Map<string, number> };
  districts: Map<string, Map<string, number>>;
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
}): () => TableCheck<T> {
  return () => {
    const groups = new Map<string, SumGroup>();
    let refs: References | undefined;
    return {
      add(row, line, references) {
        refs = references;
        if (options.skip?.(row)) return undefined;
        const code = String(row.area_code);
        const area = references.areas.get(code);
        if (!area || area.level === 'commune') return undefined;
        const province = area.level === 'province' ? code : area.parent_code;
        const id = [province, ...options.group.map((c) => String(row[c] ?? ''))].join('|');
        let group = groups.get(id);
        if (!group) groups.set(id, (group = { districts: new Map() }));
        const values = new Map<string, number>();
        for (const m of options.measures) if (typeof row[m] === 'number') values.set(m, row[m] as number);
        if (area.level === 'province') group.province ??= { line, values };
        else if (!group.districts.has(code)) group.districts.set(code, values);
        return undefined;
      },
      finish() {
        const problems: ProblemInput[] = [];
        for (const [id, group] of groups) {
          if (!group.province || group.districts.size === 0) continue;
          const provinceCode = id.split('|')[0];
          const expectedDistricts = refs ? [...refs.areas.values()].filter((a) => a.level === 'district' && a.parent_code === provinceCode).length : 0;
          const complete = group.districts.size === expectedDistricts;
          for (const measure of options.measures) {
            const total = group.province.values.get(measure);
            if (total === undefined) continue;
            const parts = [...group.districts.values()].map((v) => v.get(measure));
            const sum = parts.reduce<number>((s, v) => s + (v ?? 0), 0);
            const allPresent = complete && parts.every((v) => v !== undefined);
            if (sum > total + 1e-9 || (allPresent && Math.abs(sum - total) > 1e-9)) {
              problems.push({
                code: 'sum/district-total',
                line: group.province.line,
                column: measure,
                value: String(total),
                a: Number(sum.toFixed(6)),
                b: id.split('|').slice(1).join(' '),
                severity: 'warning',
              });
            }
          }
        }
        return problems;
      },
    };
  };
}
