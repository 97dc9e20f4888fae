/**
 * The unique-key index before the speed work: one exact string per row. Kept for the
 * differential test's reference path only (it grows about 250 bytes a row).
 */
import type { TableCheck } from '../rules/tableChecks.ts';

function keyString(row: Record<string, unknown>, columns: readonly string[]): string {
  let key = '';
  for (const column of columns) key += `${row[column] ?? ''}\u0001`;
  return key;
}

export function uniqueKeyReference<T extends Record<string, unknown>>(
  key: readonly string[],
): () => TableCheck<T> {
  return () => {
    const seen = new Map<string, number>();
    return {
      add(row, line) {
        const id = keyString(row, key);
        const first = seen.get(id);
        if (first === undefined) {
          seen.set(id, line);
          return undefined;
        }
        return { code: 'row/duplicate-key', line, firstLine: first, key: key.join(', ') };
      },
      finish: () => [],
    };
  };
}
