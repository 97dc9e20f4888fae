/**
 * Builds the Pagefind index of a built site (default dist/). Pagefind folds most Vietnamese
 * accents but not đ/Đ, so each page gets a "fold" metadata value holding its đ-words without the
 * stroke ("Đồn" → "Don"); searching "cho don" then finds Chợ Đồn. The HTML on disk is untouched.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { glob } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { dWordsFolded } from '../src/lib/text/fold.ts';

export async function indexSearch(dist: string, base = '/'): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let pages = 0;
  for await (const file of glob('**/*.html', { cwd: dist })) {
    if (file === '404.html') continue;
    const html = await readFile(join(dist, file), 'utf8');
    const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    const text = `${title} ${main.replace(/<[^>]+>/g, ' ')}`;
    const fold = dWordsFolded(text).join(' ');
    const content = fold
      ? html.replace('<main ', `<main data-pagefind-meta="fold:${fold}" `)
      : html;
    const url = `${base.replace(/\/$/, '')}/${relative('.', file)
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '')}`;
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
