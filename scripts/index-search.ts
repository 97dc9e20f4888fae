/**
 * Builds the Pagefind index of a built site (default dist/). What Pagefind is given differs from
 * the HTML on disk (which is untouched) by a few empty elements carrying metadata after <main>:
 *
 * - `fold`: the page's đ-words without the stroke ("Đồn" → "Don"). Pagefind folds most
 *   Vietnamese accents but not đ/Đ; with this, "cho don" finds Chợ Đồn.
 * - on an area page, `name`: its title without accents ("Huyen Cho Don"). Searched with a heavy
 *   weight (see RANKING in src/elements/search.ts), it puts the area's own page first for its
 *   name or any word of it, ahead of the many pages that mention the area.
 * - on an area page, `summary`: its description (latest poverty rate, year and status), which
 *   the result list shows instead of an excerpt of the page's opening lines.
 *
 * And Pagefind is given less than the page shows: the elements NOT_INDEXED names (data tables,
 * chart notes and sources, download lists, citations, embed and code snippets) and those marked
 * data-pagefind-ignore are cut out first (notIndexed), so they are neither searched, nor stored in
 * the result fragments a query downloads, nor counted in `fold`; and ids are dropped, so Pagefind
 * records no anchors. The change log is not indexed at
 * all (its pages have no data-pagefind-body, see Base.astro's `searchable`).
 */
import { gunzipSync } from 'node:zlib';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { glob } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { ROUTES } from '../src/i18n/routes.ts';
import { dWordsFolded, foldVietnamese } from '../src/lib/text/fold.ts';
import { LANGS } from '../src/lib/text/lang.ts';

const AREA_PAGE = new RegExp(
  `^(${LANGS.map((l) => ROUTES.area[l].replace('{code}', '[^/]+')).join('|')})$`,
);

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/\s+/g, ' ');
const textOf = (html: string) => unescape(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

/**
 * What a reader searches for is the prose: headings, leads, cards, explanations. Left out, as
 * `tag` or `.class` (the whole element): every table (the raw rows and their verbatim quotes and
 * notes; a table's section keeps its heading), chart drawings, chart notes (units and the sources
 * list), download lists, citations and embed or code snippets. Measured on a cold query for
 * "cho don" (see test/browser/checks/weight.ts): the index chunks and result fragments it fetches
 * shrink to about a third.
 */
export const NOT_INDEXED = [
  'table',
  'svg',
  'pre',
  'gn-cite',
  'gn-copy',
  '.chart__notes',
  '.downloads',
  '.cite',
  '.embed-code',
  '.source-quote',
  '.scroll-hint',
];

const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const RAW_TEXT = new Set(['script', 'style']);

function excluded(tag: string, attrs: string): boolean {
  if (/\sdata-pagefind-ignore\b/.test(attrs)) return true;
  const classes = (/\sclass="([^"]*)"/.exec(attrs)?.[1] ?? '').split(/\s+/);
  return NOT_INDEXED.some((s) => (s.startsWith('.') ? classes.includes(s.slice(1)) : s === tag));
}

/**
 * The HTML without the elements Pagefind should not see (NOT_INDEXED, data-pagefind-ignore).
 * Walks the tags of our own built, well-formed pages: a closing tag closes everything opened
 * after its match (as an unclosed <p> or <li> would be); script and style bodies are skipped.
 */
export function notIndexed(html: string): string {
  const tagRe = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
  const stack: string[] = [];
  let cutFrom = -1;
  let cutDepth = -1;
  let out = '';
  let kept = 0;
  for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
    const [whole, closing, rawTag, attrs = ''] = m;
    if (!rawTag) continue; // a comment
    const tag = rawTag.toLowerCase();
    if (!closing) {
      if (RAW_TEXT.has(tag)) {
        const end = html.indexOf(`</${tag}`, tagRe.lastIndex);
        tagRe.lastIndex = end < 0 ? html.length : end;
      }
      if (VOID.has(tag) || attrs.endsWith('/')) {
        if (cutFrom < 0 && excluded(tag, attrs)) {
          out += html.slice(kept, m.index);
          kept = m.index + whole.length;
        }
        continue;
      }
      if (cutFrom < 0 && excluded(tag, attrs)) {
        cutFrom = m.index;
        cutDepth = stack.length;
      }
      stack.push(tag);
      continue;
    }
    const at = stack.lastIndexOf(tag);
    if (at < 0) continue;
    stack.length = at;
    if (cutFrom >= 0 && stack.length <= cutDepth) {
      out += `${html.slice(kept, cutFrom)} `;
      kept = m.index + whole.length;
      cutFrom = -1;
    }
  }
  // Without ids: Pagefind stores every element with an id as an anchor (for sub-results, which
  // the result list does not show), a third of a long page's fragment.
  return (out + html.slice(kept)).replace(/(<[a-zA-Z][\w-]*(?:\s[^>]*?)?)\sid="[^"]*"/g, '$1');
}

/** The metadata Pagefind gets for one page, beyond its own markup. */
export function searchMeta(html: string, path: string): Record<string, string> {
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  const title = unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
  const meta: Record<string, string> = {};
  const fold = dWordsFolded(`${title} ${textOf(main)}`).join(' ');
  if (fold) meta.fold = fold;
  if (AREA_PAGE.test(path)) {
    const h1 = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(main)?.[1] ?? '').trim();
    if (h1) meta.name = [...new Set([h1, foldVietnamese(h1)])].join(' ');
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
    if (description) meta.summary = unescape(description);
  }
  return meta;
}

/** The page as Pagefind reads it: the metadata as empty elements just inside <main>. */
export function withSearchMeta(html: string, meta: Record<string, string>): string {
  const tags = Object.entries(meta)
    .map(([k, v]) => `<span data-pagefind-meta="${k}:${attr(v)}"></span>`)
    .join('');
  return tags ? html.replace(/(<main\b[^>]*>)/, `$1${tags}`) : html;
}

/** One result as the list shows it before its excerpt: [url, title, summary?]. */
export type ResultEntry = [string, string] | [string, string, string];

/** A fragment file's page: Pagefind writes gzip of "pagefind_dcd" and the JSON. */
export function readFragment(file: Buffer): { url: string; meta: Record<string, string> } {
  const text = gunzipSync(file).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: Record<string, string> };
}

/**
 * Next to Pagefind's bundle, per language, results.<lang>.json: every page's url, title and (an
 * area's) summary by Pagefind's page id (its fragment's name). The result list shows these at
 * once and fetches a result's fragment only for its excerpt, once it is near the screen, instead
 * of ten fragments (a few KB each) before the first result shows.
 */
export async function writeResultEntries(bundle: string): Promise<Record<string, number>> {
  const byLang: Record<string, Record<string, ResultEntry>> = {};
  for (const name of (await readdir(join(bundle, 'fragment'))).sort()) {
    const id = name.replace(/\.pf_fragment$/, '');
    const lang = /^([a-z-]+)_/i.exec(id)?.[1];
    if (!lang || id === name) continue;
    const { url, meta } = readFragment(await readFile(join(bundle, 'fragment', name)));
    const title = meta.title ?? url;
    (byLang[lang] ??= {})[id] = meta.summary ? [url, title, meta.summary] : [url, title];
  }
  const counts: Record<string, number> = {};
  for (const [lang, entries] of Object.entries(byLang)) {
    await writeFile(join(bundle, `results.${lang}.json`), JSON.stringify(entries));
    counts[lang] = Object.keys(entries).length;
  }
  return counts;
}

export async function indexSearch(dist: string, base = '/'): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let pages = 0;
  for await (const file of glob('**/*.html', { cwd: dist })) {
    if (file === '404.html') continue;
    const html = await readFile(join(dist, file), 'utf8');
    const path = `/${relative('.', file)
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '')}`;
    const indexed = notIndexed(html);
    const content = withSearchMeta(indexed, searchMeta(indexed, path));
    const url = `${base.replace(/\/$/, '')}${path}`;
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length) throw new Error(`Pagefind ${file}: ${added.errors.join('; ')}`);
    pages++;
  }
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  await writeResultEntries(join(dist, 'pagefind'));
  return { pages };
}

if (import.meta.main) {
  const dist = process.argv[2] ?? 'dist';
  const { pages } = await indexSearch(dist, process.env.BASE_PATH ?? '/');
  process.stdout.write(`Search index: ${pages} pages in ${dist}/pagefind\n`);
}
