/**
 * Build-level checks that need two real builds, run by `npm test` after the unit tests:
 * 1. Reproducible: two builds of the same commit and data are byte-identical.
 * 2. Atomic: a build from invalid data fails and leaves the previous site untouched.
 * Prints one line per check and a closing `N passed, N failed`.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../scripts/build-site.ts';
import { VALID_FIXTURE } from '../helpers/fixtureDir.ts';

async function fingerprint(dir: string): Promise<Map<string, string>> {
  const sums = new Map<string, string>();
  for await (const file of glob('**/*', { cwd: dir, withFileTypes: false })) {
    const bytes = await readFile(join(dir, file)).catch(() => undefined); // directories
    if (bytes) sums.set(file, createHash('sha256').update(bytes).digest('hex'));
  }
  return sums;
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => a.get(n) !== b.get(n)).sort();
}

const work = await mkdtemp(join(tmpdir(), 'gn-build-check-'));
let passed = 0;
let failed = 0;
const report = (ok: boolean, name: string, detail = '') => {
  if (ok) passed++;
  else failed++;
  process.stdout.write(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}\n`);
};

try {
  const first = join(work, 'first');
  const second = join(work, 'second');
  const dataDir = process.env.DATA_DIR ?? 'data';
  const builtA = await buildSite({ dataDir, outDir: first, quiet: true });
  const builtB = await buildSite({ dataDir, outDir: second, quiet: true });
  const diff =
    builtA && builtB
      ? differences(await fingerprint(first), await fingerprint(second))
      : ['(a build failed)'];
  report(
    diff.length === 0,
    'build/reproducible: two builds are byte-identical',
    diff.slice(0, 10).join(', '),
  );

  const before = await fingerprint(first);
  const bad = join(work, 'bad-data');
  await cp(VALID_FIXTURE, bad, { recursive: true });
  const poverty = join(bad, 'poverty.csv');
  await writeFile(
    poverty,
    (await readFile(poverty, 'utf8')).replace(
      '2018,09,final,1000,200',
      '2018,09,final,1000,two hundred',
    ),
  );
  const builtBad = await buildSite({ dataDir: bad, outDir: first, quiet: true });
  const untouched = differences(before, await fingerprint(first));
  report(
    !builtBad && untouched.length === 0,
    'build/atomic: invalid data fails and leaves the last good site untouched',
    untouched.slice(0, 10).join(', '),
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
