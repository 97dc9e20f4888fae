/**
 * Links between explainers are written relative to the page (`../ocop/`), never from the site
 * root (`/giai-thich/ocop/`): a root link skips the base path and is a 404 on a GitHub project
 * site (`owner.github.io/<repo>/`). Every relative link must name an explainer of the same
 * language, since all of a language's explainers sit side by side in one folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '..', 'content', 'explainers');
const LANGS = ['vi', 'en'];
const slugsOf = (lang: string) =>
  readdirSync(join(DIR, lang))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
const files = LANGS.flatMap((lang) => slugsOf(lang).map((slug) => ({ lang, slug })));

/** Link targets in Markdown (`](x)`) and in JSX or HTML attributes (`href="x"`, `src="x"`). */
function linkTargets(text: string): string[] {
  const markdown = [...text.matchAll(/\]\(\s*<?([^)\s>]+)/g)].map((m) => m[1]!);
  const attributes = [...text.matchAll(/\b(?:href|src)=["']([^"']+)["']/g)].map((m) => m[1]!);
  return [...markdown, ...attributes];
}

describe('links in the explainers', () => {
  it('finds the links it checks, root-relative ones included', () => {
    expect(linkTargets('a [b](/x/) c <a href="/y/">d</a> [e](../f/ "t")')).toEqual([
      '/x/',
      '../f/',
      '/y/',
    ]);
  });

  it.each(files)('$lang/$slug links to no page from the site root', ({ lang, slug }) => {
    const text = readFileSync(join(DIR, lang, `${slug}.mdx`), 'utf8');
    const rooted = linkTargets(text).filter((t) => t.startsWith('/') && !t.startsWith('//'));
    // Write ../<slug>/ for another explainer: the page's own folder carries the base path.
    expect(rooted, 'write explainer links as ../<slug>/').toEqual([]);
  });

  it.each(files)('$lang/$slug links only to explainers that exist', ({ lang, slug }) => {
    const text = readFileSync(join(DIR, lang, `${slug}.mdx`), 'utf8');
    const relative = linkTargets(text).filter((t) => !/^([a-z][\w+.-]*:|\/\/|#)/i.test(t));
    const slugs = slugsOf(lang);
    for (const target of relative) {
      expect(target, `${target} in ${lang}/${slug}`).toMatch(/^\.\.\/[\w-]+\/(#[\w-]+)?$/);
      expect(slugs, `${target} in ${lang}/${slug}`).toContain(target.split('/')[1]);
    }
  });
});
