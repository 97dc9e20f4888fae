/**
 * Security checks in Debian's Chromium on a site built from a dataset full of hostile text
 * (script tags, broken-out attributes, javascript: links, formulas, right-to-left overrides):
 * - nothing executes: no dialog, no page error, no Content-Security-Policy violation;
 * - only http(s) or site-relative links exist (no javascript: href);
 * - no request leaves the site except to the map's tile server.
 * Prints a line per check and a closing `N passed, N failed`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildSite } from '../../scripts/build-site.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/staticServer.ts';

const HOSTILE = join(import.meta.dirname, '..', 'fixtures', 'hostile');
const TILE_HOST = new URL(
  (process.env.PUBLIC_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png').replace(
    '{s}',
    'a',
  ),
).hostname.replace(/^a\./, '');
const work = await mkdtemp(join(tmpdir(), 'gn-hostile-'));
let passed = 0;
let failed = 0;
const check = (ok: boolean, name: string, detail = '') => {
  if (ok) passed++;
  else failed++;
  process.stdout.write(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}\n`);
};

try {
  const out = join(work, 'site');
  const built = await buildSite({ dataDir: HOSTILE, outDir: out, quiet: true });
  check(built, 'security/build: the hostile dataset is valid data and builds');
  if (!built) throw new Error('build failed');
  const server = await serveStatic(out);
  const sitemap = await readFile(join(out, 'sitemap-0.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  paths.push(
    `/tim-kiem/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    '/ban-do/?indicator=<script>&year=2019',
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const context = await browser.newContext();
  const incidents: string[] = [];
  const thirdParty = new Set<string>();
  const allowedThirdParty = new Set<string>();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    if (url.hostname === TILE_HOST || url.hostname.endsWith(`.${TILE_HOST}`))
      allowedThirdParty.add(url.hostname);
    else thirdParty.add(url.href);
    return route.abort(); // never actually leave the machine
  });
  const page = await context.newPage();
  let current = '';
  page.on('dialog', (d) => {
    incidents.push(`${current}: dialog "${d.message()}"`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => incidents.push(`${current}: page error ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text()))
      incidents.push(`${current}: ${m.text()}`);
  });
  const badLinks: string[] = [];
  for (const path of paths) {
    current = path;
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      if (
        !/^(https?:\/\/|\/|#|\.\.?\/|[\w-]+\.(csv|json|zip|svg|png|xml)$)/.test(href) ||
        /^\s*javascript:/i.test(href)
      )
        badLinks.push(`${path}: ${href}`);
    }
  }
  check(
    incidents.length === 0,
    `security/no-execution: ${paths.length} pages, no dialog, page error or CSP violation`,
    incidents.slice(0, 5).join(' | '),
  );
  check(
    badLinks.length === 0,
    'security/links: only http(s) and site links',
    badLinks.slice(0, 5).join(' | '),
  );
  check(
    thirdParty.size === 0,
    `security/third-parties: no request except the tile server (${TILE_HOST})`,
    [...thirdParty].slice(0, 5).join(' | '),
  );
  await browser.close();
  await server.close();
} catch (error) {
  check(false, 'security/run', (error as Error).message);
} finally {
  await rm(work, { recursive: true, force: true });
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
