/**
 * The Atom feeds and the sitemap as an independent XML parser reads them (fast-xml-parser, not
 * our writer): well-formed, Atom's required elements present with real dates (never 1970), and
 * every sitemap address pointing at a page the site really has.
 */
import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** A date Atom accepts (RFC 3339) and one that can be true for this site. */
function badDate(text: unknown): boolean {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(text)) return true;
  return new Date(text).getUTCFullYear() < 2016;
}

function atomFailures(path: string, doc: Record<string, unknown>): string[] {
  const failures: string[] = [];
  const feed = doc.feed as Record<string, unknown> | undefined;
  if (!feed || feed['@xmlns'] !== 'http://www.w3.org/2005/Atom')
    return [`${path}: not an Atom feed`];
  for (const key of ['id', 'title', 'updated'])
    if (!feed[key]) failures.push(`${path}: no <${key}>`);
  if (badDate(feed.updated)) failures.push(`${path}: feed <updated> ${String(feed.updated)}`);
  for (const entry of list(feed.entry as Record<string, unknown>[] | undefined)) {
    for (const key of ['id', 'title', 'updated']) {
      if (!entry[key]) failures.push(`${path}: an entry has no <${key}>`);
    }
    if (badDate(entry.updated)) failures.push(`${path}: entry <updated> ${String(entry.updated)}`);
  }
  return failures;
}

/** The file a sitemap address is served from, or undefined when it is not this site's. */
function fileFor(siteDir: string, loc: string, origin: string): string | undefined {
  if (!loc.startsWith(origin)) return undefined;
  const path = decodeURIComponent(new URL(loc).pathname);
  return join(siteDir, path.endsWith('/') ? `${path}index.html` : path);
}

export async function feedFailures(siteDir: string): Promise<string[]> {
  const failures: string[] = [];
  const files: string[] = [];
  for await (const file of glob('**/*.xml', { cwd: siteDir })) files.push(file);
  if (!files.some((f) => f.endsWith('atom.xml'))) failures.push('no Atom feed found');
  let origin: string | undefined;
  const locs: string[] = [];
  for (const file of files.sort()) {
    const text = await readFile(join(siteDir, file), 'utf8');
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      failures.push(`${file}: not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
      continue;
    }
    const doc = parser.parse(text) as Record<string, unknown>;
    if (doc.feed) failures.push(...atomFailures(file, doc));
    const urlset = doc.urlset as { url?: { loc: string } | { loc: string }[] } | undefined;
    for (const url of list(urlset?.url)) locs.push(url.loc);
    const index = doc.sitemapindex as { sitemap?: { loc: string } | { loc: string }[] } | undefined;
    for (const sitemap of list(index?.sitemap)) origin ??= new URL(sitemap.loc).origin;
  }
  if (locs.length < 10) failures.push(`the sitemap lists only ${locs.length} pages`);
  for (const loc of locs) {
    const file = origin ? fileFor(siteDir, loc, origin) : undefined;
    const exists = file
      ? await readFile(file).then(
          () => true,
          () => false,
        )
      : false;
    if (!exists) failures.push(`sitemap address without a page: ${loc}`);
  }
  return failures;
}
