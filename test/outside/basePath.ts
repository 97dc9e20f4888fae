/**
 * The site as a GitHub project site serves it: built with BASE_PATH=/some-repo (as
 * actions/configure-pages gives it, without the last slash) and SITE_URL=https://owner.github.io into a folder of that name, served from its parent, so a link
 * that forgets the base lands outside the site and is a 404. linkinator (not our code) crawls
 * every page from the sitemap and every built HTML file; then every absolute address written
 * into the build (canonical links, citations, embed code, sitemap, datapackage.json, robots.txt)
 * must carry the base, and none may name the local preview address.
 */
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { LinkState } from 'linkinator';
import { crawlSite } from '../helpers/crawlSite.ts';
import { buildSite } from '../../scripts/build-site.ts';
import { htmlFiles } from '../browser/lib/site.ts';
import { serveStatic } from '../../scripts/lib/staticServer.ts';

const BASE = '/some-repo/';
const ORIGIN = 'https://owner.github.io';
const SITE = `${ORIGIN}${BASE}`;
/** Files whose text may hold addresses (not zips, images or Pagefind's compressed index). */
const TEXT = new Set(['.html', '.xml', '.json', '.txt', '.csv', '.js', '.css', '.svg']);

/** Runs `work` with these environment variables set, then puts the old values back. */
async function withEnv<T>(vars: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await work();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && TEXT.has(extname(e.name)) && !e.parentPath.includes('pagefind'))
    .map((e) => join(e.parentPath, e.name));
}

/** Absolute addresses on our own host outside the base, or the local preview address. */
async function absoluteUrlFailures(siteDir: string): Promise<string[]> {
  const failures: string[] = [];
  const own = new RegExp(`${ORIGIN.replace(/[.]/g, '\\.')}(?![\\w.-])[^\\s"'<>)]*`, 'g');
  let found = 0;
  for (const file of await textFiles(siteDir)) {
    const text = await readFile(file, 'utf8');
    const shown = relative(siteDir, file).split(sep).join('/');
    if (/localhost:4321/.test(text)) failures.push(`${shown} names localhost:4321`);
    for (const [url] of text.matchAll(own)) {
      found++;
      if (url !== ORIGIN && !url.startsWith(SITE) && `${url}/` !== SITE) {
        failures.push(`${shown}: ${url} is outside ${BASE}`);
      }
    }
  }
  if (found === 0) failures.push(`no address on ${ORIGIN} found: was SITE_URL used?`);
  return failures;
}

/** Root-relative links in the HTML that skip the base (linkinator would only see them as 404s). */
async function rootLinkFailures(siteDir: string): Promise<string[]> {
  const failures: string[] = [];
  for (const { file, path } of htmlFiles(siteDir)) {
    const html = await readFile(file, 'utf8');
    for (const [, attr, value] of html.matchAll(/\s(href|src|action)="(\/[^"]*)"/g)) {
      if (!value!.startsWith(BASE) && !value!.startsWith('//'))
        failures.push(`${BASE.slice(0, -1)}${path}: ${attr}="${value}" skips ${BASE}`);
    }
  }
  return failures;
}

async function crawl(root: string, siteDir: string): Promise<string[]> {
  const server = await serveStatic(root);
  try {
    const origin = server.url;
    const sitemap = await readFile(join(siteDir, 'sitemap-0.xml'), 'utf8');
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
    const failures = pages
      .filter((u) => !u.href.startsWith(SITE))
      .map((u) => `sitemap lists ${u.href}, outside ${SITE}`);
    if (pages.length < 10) failures.push(`the sitemap lists only ${pages.length} pages`);
    const starts = [
      ...new Set([
        ...pages.map((u) => u.pathname),
        ...htmlFiles(siteDir).map((f) => `${BASE.slice(0, -1)}${f.path}`),
      ]),
    ];
    const links = await crawlSite(origin, starts);
    for (const link of links) {
      if (link.state !== LinkState.BROKEN) continue;
      const parent = link.parent ? new URL(link.parent).pathname : '(start)';
      failures.push(`${parent} → ${link.url.replace(origin, '')} (HTTP ${link.status ?? '—'})`);
    }
    if (links.length < starts.length) failures.push(`linkinator followed only ${links.length}`);
    return failures;
  } finally {
    await server.close();
  }
}

/** The default site's folder is not used: this check builds its own, with the base path. */
export async function basePathFailures(): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'gn-base-'));
  const root = join(work, 'root');
  const siteDir = join(root, BASE.slice(1, -1));
  try {
    const built = await withEnv({ BASE_PATH: BASE.slice(0, -1), SITE_URL: ORIGIN }, () =>
      buildSite({ dataDir: process.env.DATA_DIR ?? 'data', outDir: siteDir, quiet: true }),
    );
    if (!built) return [`the site did not build with BASE_PATH=${BASE.slice(0, -1)}`];
    const failures = [
      ...(await rootLinkFailures(siteDir)),
      ...(await absoluteUrlFailures(siteDir)),
      ...(await crawl(root, siteDir)),
    ];
    // Long lists are one mistake repeated on every page: show enough to find it.
    return failures.length > 40
      ? [...failures.slice(0, 40), `… and ${failures.length - 40} more`]
      : failures;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
