/**
 * What we publish, read by tools nobody here wrote: the Frictionless library, sha256sum, an
 * independent XML parser (and the other checks listed below).
 * Builds the site once into a temporary folder, runs each check, prints one line per check and a
 * closing `N passed, N failed` (counted by npm test).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../scripts/build-site.ts';
import { frictionlessFailures } from './frictionless.ts';
import { checksumFailures } from './checksums.ts';
import { basePathFailures } from './basePath.ts';
import { feedFailures } from './feeds.ts';
import { libreofficeFailures } from './libreoffice.ts';

const CHECKS: [string, (site: string) => Promise<string[]>][] = [
  [
    'frictionless: datapackage.json valid, every resource read, cast and related',
    frictionlessFailures,
  ],
  ['sha256sum -c: every checksum list verifies from its own folder', checksumFailures],
  ['linkinator under BASE_PATH=/some-repo/: no link or address outside the base', basePathFailures],
  [
    'fast-xml-parser: Atom feeds and the sitemap well-formed, dated and pointing at real pages',
    feedFailures,
  ],
  [
    'LibreOffice (en-US, vi-VN): every spreadsheet download read cell for cell; a template filled in it imports as exactly its row',
    libreofficeFailures,
  ],
];

const work = await mkdtemp(join(tmpdir(), 'gn-outside-'));
const site = join(work, 'site');
let passed = 0;
let failed = 0;
try {
  const built = await buildSite({
    dataDir: process.env.DATA_DIR ?? 'data',
    outDir: site,
    quiet: true,
  });
  if (!built) throw new Error('the site did not build');
  for (const [name, check] of CHECKS) {
    const failures = await check(site).catch((error: Error) => [`crashed: ${error.stack}`]);
    if (failures.length === 0) {
      passed++;
      process.stdout.write(`PASS ${name}\n`);
    } else {
      failed++;
      process.stdout.write(`FAIL ${name}\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    }
  }
} catch (error) {
  failed++;
  process.stdout.write(`FAIL outside tools: ${(error as Error).message}\n`);
} finally {
  await rm(work, { recursive: true, force: true });
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
