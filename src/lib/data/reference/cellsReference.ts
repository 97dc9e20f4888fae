/**
 * The fast row reader before the speed work: it gives up on any text cell with a non-ASCII
 * character. Kept for the differential test's reference path only.
 */
import { CellFailure } from '../../schemas/fields.ts';
import type { ColumnInfo } from '../cells.ts';

const NON_ASCII = /[^ -~\t\r\n]/;

type FastReader = (cells: readonly string[]) => Record<string, unknown> | undefined;

export function compileRowReaderReference(columns: readonly ColumnInfo[]): FastReader {
  const lines = columns.map((c, i) => {
    const checks = [
      `const r${i} = cells[${c.position}] ?? '';`,
      `if (r${i}.length > 0) { const a = r${i}.charCodeAt(0), b = r${i}.charCodeAt(r${i}.length - 1);`,
      `  if (a <= 32 || a > 127 || b <= 32 || b > 127) return undefined; }`,
    ];
    if (c.text) checks.push(`if (nonAscii.test(r${i})) return undefined;`);
    checks.push(
      `const v${i} = parsers[${i}](r${i});`,
      `if (v${i} instanceof Failure) return undefined;`,
    );
    return checks.join('\n');
  });
  const literal = columns.map((c, i) => `${JSON.stringify(c.name)}: v${i}`).join(', ');
  const make = new Function(
    'parsers',
    'Failure',
    'nonAscii',
    `return (cells) => {\n${lines.join('\n')}\nreturn { ${literal} };\n};`,
  );
  return make(
    columns.map((c) => c.meta.parse),
    CellFailure,
    NON_ASCII,
  ) as FastReader;
}
