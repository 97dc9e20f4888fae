/**
 * npm test (and npm run check): every gate in order — types, lint, formatting, the unit and
 * property tests, then the browser checks on the built site (test/browser/run.ts: journeys,
 * axe, the Nu HTML Checker, links, Lighthouse, page weight) — then one closing line
 * "N passed, N failed" that CI reads. A stage that fails counts as one failure; Vitest and the
 * browser checks count each of their tests. The run goes on so one report shows everything.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Tally {
  passed: number;
  failed: number;
}
const tally: Tally = { passed: 0, failed: 0 };
const failures: string[] = [];

function run(label: string, command: string, args: string[]): boolean {
  process.stdout.write(`\n+ ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (!ok) failures.push(label);
  return ok;
}

function stage(label: string, command: string, args: string[]): void {
  if (run(label, command, args)) tally.passed++;
  else tally.failed++;
}

const bin = (name: string) => join('node_modules', '.bin', name);

// astro check first: it also generates .astro/types.d.ts, which tsc needs on a fresh clone.
stage('astro check', bin('astro'), ['check', '--minimumSeverity', 'warning']);
stage('typecheck', bin('tsc'), ['--noEmit']);
stage('lint', bin('eslint'), ['--max-warnings=0', '.']);
stage('format', bin('prettier'), ['--check', '.']);

// Vitest's own summary is not read by CI, so its JSON report is counted here.
const dir = mkdtempSync(join(tmpdir(), 'gn-vitest-'));
const report = join(dir, 'report.json');
run('unit tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
try {
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTestSuites: number;
    success: boolean;
  };
  tally.passed += json.numPassedTests;
  tally.failed += json.numFailedTests;
  if (!json.success && json.numFailedTests === 0) tally.failed++; // a suite that failed to load
} catch {
  tally.failed++;
}

// The browser checks build the site into a temporary folder, serve it and check it in Debian's
// Chromium; each check (a page and a rule, or a journey at a screen size) counts as one test.
const browserReport = join(dir, 'browser.json');
run('browser checks', process.execPath, ['test/browser/run.ts', '--report', browserReport]);
try {
  const json = JSON.parse(readFileSync(browserReport, 'utf8')) as {
    passed: number;
    failed: number;
  };
  tally.passed += json.passed;
  tally.failed += json.failed;
} catch {
  tally.failed++; // the checks could not run at all
}
rmSync(dir, { recursive: true, force: true });

/**
 * Checks that print their own closing "N passed, N failed" line: the build (reproducible,
 * atomic) and the security check on a hostile dataset. Each of their checks counts once.
 */
function countedStage(label: string, script: string): void {
  process.stdout.write(`\n+ node ${script}\n`);
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8', env: process.env });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  const counts = /(\d+) passed, (\d+) failed\s*$/.exec(result.stdout ?? '');
  if (!counts) {
    failures.push(label);
    tally.failed++;
    return;
  }
  tally.passed += Number(counts[1]);
  tally.failed += Number(counts[2]);
  if (result.status !== 0) failures.push(label);
}

countedStage('build checks', 'test/build/check-build.ts');
countedStage('security checks', 'test/security/hostile-site.ts');
countedStage('outside tools', 'test/outside/run.ts');

if (failures.length) process.stdout.write(`\nFailed stages: ${failures.join(', ')}\n`);
process.stdout.write(`\n${tally.passed} passed, ${tally.failed} failed\n`);
process.exitCode = tally.failed === 0 ? 0 : 1;
