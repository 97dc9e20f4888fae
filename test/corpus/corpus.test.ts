/**
 * Runs every case of the hostile corpus (groups/*.ts). A case fails when the validator accepts
 * what it should refuse (a silent acceptance), misses the promised located error, publishes a row
 * other than as written, or throws (a crash).
 */
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDirectory } from '../../src/lib/data/validateDirectory.ts';
import { fixtureDir, REAL_DATA } from '../helpers/fixtureDir.ts';
import { publishedDifferences } from '../helpers/publishedRows.ts';
import type { CorpusCase, ValidatorCase } from './corpusCase.ts';

const groupsDir = join(import.meta.dirname, 'groups');
const groups: [string, CorpusCase[]][] = [];
for (const file of readdirSync(groupsDir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const module = (await import(join(groupsDir, file))) as { cases: CorpusCase[] };
  groups.push([file.replace(/\.ts$/, ''), module.cases]);
}

async function runValidatorCase(c: ValidatorCase): Promise<void> {
  const dir = await fixtureDir(c.edits ?? {}, c.realData ? REAL_DATA : undefined);
  try {
    await c.setup?.(dir);
    const { report, tables } = await validateDirectory(dir, { displayDir: 'data', keepRows: true });
    if (c.expect === 'accepted') {
      expect(report.errors, 'expected the data to be accepted').toEqual([]);
      expect(publishedDifferences(dir, tables)).toEqual([]);
    } else {
      expect(report.valid, 'silent acceptance: the validator accepted this input').toBe(false);
      for (const want of c.expect) {
        const found = report.errors.find(
          (p) =>
            p.code === want.code &&
            p.file === `data/${want.file}` &&
            (want.line === undefined || p.line === want.line) &&
            (want.column === undefined || p.column === want.column),
        );
        expect(
          found,
          `missing ${JSON.stringify(want)}; got ${JSON.stringify(report.errors.slice(0, 5).map((p) => [p.code, p.file, p.line, p.column]))}`,
        ).toBeDefined();
      }
    }
    for (const code of c.absent ?? []) {
      expect(report.errors.filter((p) => p.code === code).length, `unexpected ${code}`).toBe(0);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('hostile corpus', () => {
  it('has at least 100 cases', () => {
    expect(groups.reduce((n, [, cases]) => n + cases.length, 0)).toBeGreaterThanOrEqual(100);
  });
  for (const [group, cases] of groups) {
    describe(group, () => {
      for (const c of cases) {
        it(c.name, async () => {
          if (c.kind === 'validate') await runValidatorCase(c);
          else {
            const dir = await fixtureDir();
            try {
              await c.run(dir);
            } finally {
              await rm(dir, { recursive: true, force: true });
            }
          }
        });
      }
    });
  }
});
