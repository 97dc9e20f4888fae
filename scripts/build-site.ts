/**
 * npm run build: validate the data (the report is printed and the build stops if it fails),
 * build the static site with Astro, then index it for search.
 *
 * Atomic and recoverable: everything is built in a hidden folder beside the output
 * (`.dist.building/`, see build-output.ts), and only when every step passed does it replace the
 * output folder (default dist/, or OUT_DIR), by two renames. A failure leaves the last good site
 * untouched; a build killed at any moment leaves only that ignored folder, and the next build
 * first puts the last good site back and removes what was left. The output is readable by any
 * user (directories 0755, files 0644).
 */
import { spawn } from 'node:child_process';
import { formatText } from '../src/lib/data/report/formatText.ts';
import { validateDirectory } from '../src/lib/data/validateDirectory.ts';
import { DATASET_NAMES } from '../src/lib/schemas/datasets.ts';
import {
  acquire,
  addToLock,
  BuildBusyError,
  createStaging,
  outputPaths,
  recover,
  release,
  swapIn,
} from './build-output.ts';
import { indexSearch } from './index-search.ts';
import { writeChecksums } from './write-checksums.ts';

/** Astro's build into the staging folder; its pid joins the lock while it runs. */
async function astroBuild(
  staging: string,
  dataDir: string,
  quiet: boolean,
  onSpawn: (pid: number) => Promise<void>,
): Promise<number | null> {
  const child = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging],
    {
      stdio: quiet ? 'ignore' : 'inherit',
      env: { ...process.env, DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
  if (child.pid) await onSpawn(child.pid);
  return exited;
}

export async function buildSite(options: {
  dataDir: string;
  outDir: string;
  quiet?: boolean;
}): Promise<boolean> {
  const paths = outputPaths(options.outDir);
  const say = (text: string) => options.quiet || process.stdout.write(text);
  await acquire(paths);
  try {
    // Before anything can fail: an earlier build killed mid-swap must not leave the site missing.
    for (const line of await recover(paths)) say(`${line}\n`);
    const { report } = await validateDirectory(options.dataDir);
    say(`${formatText(report, 'vi', DATASET_NAMES.length)}\n`);
    if (!report.valid) {
      say(`Build stopped: the data is not valid; ${options.outDir} was left as it was.\n`);
      return false;
    }
    await createStaging(paths);
    const status = await astroBuild(paths.staging, options.dataDir, options.quiet ?? false, (pid) =>
      addToLock(paths, pid),
    );
    if (status !== 0) {
      say(`Build stopped: Astro failed; ${options.outDir} was left as it was.\n`);
      return false;
    }
    const { pages } = await indexSearch(paths.staging, process.env.BASE_PATH ?? '/');
    // Last, so the list covers every published data file as it is served.
    await writeChecksums(paths.staging);
    await swapIn(paths);
    say(`Built ${options.outDir}/ with ${pages} searchable pages.\n`);
    return true;
  } finally {
    await release(paths);
  }
}

if (import.meta.main) {
  const started = performance.now();
  const ok = await buildSite({
    dataDir: process.env.DATA_DIR ?? 'data',
    outDir: process.env.OUT_DIR ?? 'dist',
  }).catch((error: unknown) => {
    if (!(error instanceof BuildBusyError)) throw error;
    process.stderr.write(`Build stopped: ${error.message}\n`);
    return false;
  });
  if (ok) process.stdout.write(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
  process.exitCode = ok ? 0 : 1;
}
