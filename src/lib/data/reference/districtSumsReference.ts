/**
 * The district-sum check as it was before its groups were keyed by packed integers (one string
 * key per row): kept so that tableChecks.test.ts can show the two report alike.
 */
import type { ProblemInput } from '../makeProblem.ts';
import type { References } from '../rules/context.ts';
import type { TableCheck } from '../rules/tableChecks.ts';

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
 * Districts of one province should not add up to more than the province, and when all of them
 * are present they should add up to it. Real sources disagree, so these are warnings. The first
 * row for an area in a group counts; others (another source for the same figure) are skipped.
 */
export function districtSumsReference<T extends Record<string, unknown>>(options: {
  group: readonly string[];
  measures: readonly string[];
  /** Rows that must not be summed (e.g. "more than" figures). */
  skip?: (row: T) => boolean;
}): () => TableCheck<T> {
  return () => {
    const groups = new Map<string, SumGroup>();
    let refs: References | undefined;
    const measuresOf = (row: T) =>
      options.measures.map((m) => (typeof row[m] === 'number' ? (row[m] as number) : undefined));
    return {
      add(row, line, references) {
        refs = references;
        if (options.skip?.(row)) return undefined;
        const code = String(row.area_code);
        const area = references.areas.get(code);
        if (!area || area.level === 'commune') return undefined;
        const province = area.level === 'province' ? code : (area.parent_code ?? '');
        const id = `${province}\u0001${keyString(row, options.group)}`;
        let group = groups.get(id);
        if (!group) {
          group = {
            province,
            label: options.group.map((c) => row[c]).join(' '),
            districts: new Map(),
          };
          groups.set(id, group);
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
        for (const group of groups.values()) {
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
