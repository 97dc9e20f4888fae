/**
 * Every page's address in each language. Vietnamese lives at the root, English under /en/; the
 * language switch maps a page to the same page in the other language through this table.
 */
import type { Lang } from '../lib/text/lang.ts';

export { LANGS, type Lang } from '../lib/text/lang.ts';

export const ROUTES = {
  overview: { vi: '/', en: '/en/' },
  areas: { vi: '/dia-ban/', en: '/en/areas/' },
  area: { vi: '/dia-ban/{code}/', en: '/en/areas/{code}/' },
  funding: { vi: '/nguon-von/', en: '/en/funding/' },
  progress: { vi: '/ket-qua/', en: '/en/progress/' },
  scorecard: { vi: '/ket-qua-muc-tieu/', en: '/en/scorecard/' },
  explainers: { vi: '/giai-thich/', en: '/en/explainers/' },
  explainer: { vi: '/giai-thich/{slug}/', en: '/en/explainers/{slug}/' },
  data: { vi: '/du-lieu/', en: '/en/data/' },
  sources: { vi: '/nguon/', en: '/en/sources/' },
  search: { vi: '/tim-kiem/', en: '/en/search/' },
  map: { vi: '/ban-do/', en: '/en/map/' },
  changes: { vi: '/thay-doi/', en: '/en/changes/' },
  datasetChanges: { vi: '/thay-doi/{dataset}/', en: '/en/changes/{dataset}/' },
  coverage: { vi: '/do-phu-so-lieu/', en: '/en/coverage/' },
  compare: { vi: '/so-sanh/', en: '/en/compare/' },
  embed: { vi: '/nhung/{id}/', en: '/en/embed/{id}/' },
} as const;

export type RouteName = keyof typeof ROUTES;

/** A route's path in a language, with `{code}`/`{slug}` filled in; respects the site base. */
export function pathTo(lang: Lang, route: RouteName, params: Record<string, string> = {}): string {
  const template: string = ROUTES[route][lang];
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`pathTo(${route}) needs ${name}`);
    return encodeURIComponent(value);
  });
  return withBase(path);
}

/** Prefixes the configured base path (e.g. a GitHub Pages project folder). */
export function withBase(path: string): string {
  const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');
  return `${base}${path}`;
}

export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');
