/**
 * Build-level checks that need two real builds, run by `npm test` after the unit tests:
 * 1. Reproducible: two builds of the same commit and data are byte-identical.
 * 2. Atomic: a build from invalid data fails and leaves the previous site untouched.
 * 3. Readable: every directory of the output is 0755 and every file 0644, whatever the umask.
 * 4. Killed: builds SIGKILLed at several moments leave nothing git, Prettier or ESLint would see,
 *    and the next build (even a failing one) restores the last good site and removes the rest;
 *    a site left half-swapped (dist/ moved aside, as a kill between the two renames leaves it)
 *    is put back. The swap's every step is also tested alone in scripts/build-output.test.ts.
 * Prints one line per check and a closing `N passed, N failed`.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  cp,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputPaths } from '../../scripts/build-output.ts';
import { buildSite } from '../../scripts/build-site.ts';
import { VALID_FIXTURE } from '../helpers/fixtureDir.ts';
import {
  MOMENTS,
  addIgnoreRules,
  gitStatus,
  killAt,
  leftovers,
  notIgnored,
  scratchRepo,
} from './killed-build.ts';

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

// A private umask, inherited by every build below: the output must still be readable by anyone.
process.umask(0o077);

/** Paths under dir whose mode is not 0755 (directories) or 0644 (files). */
async function modesOtherThan755And644(dir: string): Promise<string[]> {
  const wrong: string[] = [];
  const check = async (path: string, want: number) => {
    const mode = (await stat(path)).mode & 0o777;
    if (mode !== want) wrong.push(`${path} ${mode.toString(8)}`);
  };
  await check(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const full = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) await check(full, 0o755);
    else if (entry.isFile()) await check(full, 0o644);
  }
  return wrong;
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

  const wrongModes = await modesOtherThan755And644(first);
  report(
    builtA && wrongModes.length === 0,
    'build/readable: directories 0755, files 0644',
    wrongModes.slice(0, 10).join(', '),
  );

  // Killed builds, into dist/ of a scratch git repository holding the last good site.
  const repo = join(work, 'repo');
  await mkdir(repo);
  scratchRepo(repo);
  await addIgnoreRules(repo);
  const dist = join(repo, 'dist');
  await cp(first, dist, { recursive: true });
  for (const moment of MOMENTS) {
    const what = await killAt(moment, dist, dataDir);
    const left = await leftovers(repo);
    const seen = await notIgnored(left.slice(0, 200));
    const status = gitStatus(repo);
    report(
      seen.length === 0 && status.length === 0,
      `build/killed: ${what}: ${left.length} files left, all ignored by git, Prettier and ESLint`,
      [...status.map((l) => `git status: ${l}`), ...seen].slice(0, 10).join(', '),
    );
  }
  const probe = await notIgnored(['not-ignored-probe/page.js']);
  report(probe.length === 1, 'build/killed: the ignore check flags a file nothing ignores');
  const failedAfterKill = await buildSite({ dataDir: bad, outDir: dist, quiet: true });
  const restored = differences(before, await fingerprint(dist));
  const remaining = await leftovers(repo);
  report(
    !failedAfterKill && restored.length === 0 && remaining.length === 0,
    'build/killed: the next build, stopping on invalid data, leaves the last good site and nothing else',
    [...restored, ...remaining].slice(0, 10).join(', '),
  );

  // Half-swapped: dist/ moved aside and the build killed before the new site took its place.
  const paths = outputPaths(dist);
  await mkdir(paths.work, { recursive: true });
  await rename(dist, paths.previous);
  const afterHalfSwap = await buildSite({ dataDir: bad, outDir: dist, quiet: true });
  const back = existsSync(dist) ? differences(before, await fingerprint(dist)) : ['(no dist/)'];
  report(
    !afterHalfSwap && back.length === 0 && (await leftovers(repo)).length === 0,
    'build/half-swapped: the next build puts the last good site back first',
    back.slice(0, 10).join(', '),
  );
  const rebuilt = await buildSite({ dataDir, outDir: dist, quiet: true });
  const rebuiltDiff = differences(before, await fingerprint(dist));
  report(
    rebuilt && rebuiltDiff.length === 0 && (await leftovers(repo)).length === 0,
    'build/killed: a full build after the kills gives the same site and leaves nothing beside it',
    rebuiltDiff.slice(0, 10).join(', '),
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
