/**
 * npm run build: validate the data (the report is printed and the build stops if it fails),
 * build the static site with Astro, then index it for search. Output: dist/.
 */
import { spawnSync } from 'node:child_process';
import { formatText } from '../src/lib/data/report/formatText.ts';
import { validateDirectory } from '../src/lib/data/validateDirectory.ts';
import { DATASET_NAMES } from '../src/lib/schemas/datasets.ts';
import { indexSearch } from './index-search.ts';

const dataDir = process.env.DATA_DIR ?? 'data';
const started = performance.now();

const { report } = await validateDirectory(dataDir);
process.stdout.write(`${formatText(report, 'vi', DATASET_NAMES.length)}\n`);
if (!report.valid) {
  process.stdout.write('Build stopped: the data is not valid, nothing was published.\n');
  process.exit(1);
}

const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) process.exit(astro.status ?? 1);

const { pages } = await indexSearch('dist', process.env.BASE_PATH ?? '/');
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(`Built dist/ with ${pages} searchable pages in ${seconds} s.\n`);
