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
 */
import { readFile } from 'node:fs/promises';
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
    const content = withSearchMeta(html, searchMeta(html, path));
    const url = `${base.replace(/\/$/, '')}${path}`;
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length) throw new Error(`Pagefind ${file}: ${added.errors.join('; ')}`);
    pages++;
  }
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages };
}

if (import.meta.main) {
  const dist = process.argv[2] ?? 'dist';
  const { pages } = await indexSearch(dist, process.env.BASE_PATH ?? '/');
  process.stdout.write(`Search index: ${pages} pages in ${dist}/pagefind\n`);
}
