/**
 * npm run build: validate the data (the report is printed and the build stops if it fails),
 * build the static site with Astro, then index it for search.
 *
 * Atomic: everything is built into a temporary folder beside the output, and only when every
 * step passed does it replace the output folder (default dist/, or OUT_DIR). A failure leaves
 * the last good site untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { formatText } from '../src/lib/data/report/formatText.ts';
import { validateDirectory } from '../src/lib/data/validateDirectory.ts';
import { DATASET_NAMES } from '../src/lib/schemas/datasets.ts';
import { indexSearch } from './index-search.ts';

export async function buildSite(options: {
  dataDir: string;
  outDir: string;
  quiet?: boolean;
}): Promise<boolean> {
  const out = resolve(options.outDir);
  const say = (text: string) => options.quiet || process.stdout.write(text);
  const { report } = await validateDirectory(options.dataDir);
  say(`${formatText(report, 'vi', DATASET_NAMES.length)}\n`);
  if (!report.valid) {
    say(`Build stopped: the data is not valid; ${options.outDir} was left as it was.\n`);
    return false;
  }
  const staging = await mkdtemp(join(dirname(out), `.${basename(out)}-building-`));
  try {
    const astro = spawnSync(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging],
      {
        stdio: options.quiet ? 'ignore' : 'inherit',
        env: { ...process.env, DATA_DIR: options.dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
      },
    );
    if (astro.status !== 0) {
      say(`Build stopped: Astro failed; ${options.outDir} was left as it was.\n`);
      return false;
    }
    const { pages } = await indexSearch(staging, process.env.BASE_PATH ?? '/');
    // Swap in the new site: the old one is moved aside first, then removed.
    const previous = `${staging}-previous`;
    if (existsSync(out)) await rename(out, previous);
    await rename(staging, out);
    await rm(previous, { recursive: true, force: true });
    say(`Built ${options.outDir}/ with ${pages} searchable pages.\n`);
    return true;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const started = performance.now();
  const ok = await buildSite({
    dataDir: process.env.DATA_DIR ?? 'data',
    outDir: process.env.OUT_DIR ?? 'dist',
  });
  if (ok) process.stdout.write(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
  process.exitCode = ok ? 0 : 1;
}
