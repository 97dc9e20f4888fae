/** What the checks need to know about the built site: its pages, their kinds and languages. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Papa from 'papaparse';
import { ROUTES, type RouteName } from '../../../src/i18n/routes.ts';
import { LANGS, type Lang } from '../../../src/lib/text/lang.ts';

/** Every page listed in the sitemap, as paths (the sitemap's origin is the build's SITE_URL). */
export async function sitemapPaths(origin: string): Promise<string[]> {
  const locs = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${new URL(url).pathname}: HTTP ${response.status}`);
    return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());
  };
  const paths: string[] = [];
  for (const sitemap of await locs(`${origin}/sitemap-index.xml`)) {
    for (const loc of await locs(`${origin}${new URL(sitemap).pathname}`)) {
      paths.push(new URL(loc).pathname);
    }
  }
  if (paths.length === 0) throw new Error('the sitemap lists no pages');
  return [...new Set(paths)];
}

/** Every HTML file of the built site, with the path it is served at. */
export function htmlFiles(dir: string): { file: string; path: string }[] {
  const out: { file: string; path: string }[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(dir, full).split(sep).join('/');
        const path = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
        out.push({ file: full, path });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export const langOf = (path: string): Lang =>
  path === '/en/' || path.startsWith('/en/') ? 'en' : 'vi';

/** Page kinds the checks tell apart: every route, a dataset's changes counted as changes. */
export type PageType = Exclude<RouteName, 'datasetChanges' | 'embed'> | 'other';

const KIND: Partial<Record<RouteName, PageType>> = {
  ...Object.fromEntries(Object.keys(ROUTES).map((name) => [name, name])),
  datasetChanges: 'changes',
  // Embed pages are for iframes on other sites, not pages a reader browses.
  embed: undefined,
};

/** A route's address in one language as a pattern: `{code}` and the like match one segment. */
const patternOf = (template: string) =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`);

const TYPES: [RegExp, PageType][] = (Object.keys(ROUTES) as RouteName[]).flatMap((name) => {
  const kind = KIND[name];
  return kind ? LANGS.map((lang): [RegExp, PageType] => [patternOf(ROUTES[name][lang]), kind]) : [];
});

export function pageType(path: string): PageType {
  return TYPES.find(([re]) => re.test(path))?.[1] ?? 'other';
}

/** The two localised paths of a page kind that has one page per language (before the base). */
export const PATHS = {
  overview: ROUTES.overview,
  areas: ROUTES.areas,
  area: (lang: Lang, code: string) => ROUTES.area[lang].replace('{code}', code),
  map: ROUTES.map,
  search: ROUTES.search,
  data: ROUTES.data,
  explainers: ROUTES.explainers,
} as const;

/** "Chợ Đồn" → "Cho Don": what someone types without Vietnamese diacritics (the site's own fold). */
export { foldVietnamese as fold } from '../../../src/lib/text/fold.ts';

export function parseCsv(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length) {
    const e = parsed.errors[0]!;
    throw new Error(`CSV does not parse: ${e.message} (row ${e.row ?? '?'})`);
  }
  return parsed.data;
}

/** Numbers as a page writes them, as written: "1.234,5" (vi) or "1,234.5" (en). */
export function numberTokens(text: string, lang: Lang): string[] {
  const re =
    lang === 'vi'
      ? /-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?/g
      : /-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?/g;
  return text.match(re) ?? [];
}

/** The value of a token from numberTokens. */
export function parseNumber(token: string, lang: Lang): number {
  return Number(
    lang === 'vi' ? token.replace(/\./g, '').replace(',', '.') : token.replace(/,/g, ''),
  );
}

export const formatNumber = (lang: Lang, value: number) =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(
    value,
  );

export async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${new URL(url).pathname}: HTTP ${response.status}`);
  return response;
}
