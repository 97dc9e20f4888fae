/** The page where a chart lives, for embed back-links: its area page, or the page that shows it. */
import { pathTo, type Lang } from '../i18n/routes.ts';

export function chartHome(id: string, lang: Lang): string {
  const area = /^(poverty|funding|outputs)-(\d+)$/.exec(id);
  if (area) return `${pathTo(lang, 'area', { code: area[2]! })}#chart-${id}`;
  if (id === 'districts-poverty') return `${pathTo(lang, 'areas')}#chart-${id}`;
  // With several provinces, each other province's districts are shown on that province's page.
  const districts = /^districts-poverty-(\d+)$/.exec(id);
  if (districts) return `${pathTo(lang, 'area', { code: districts[1]! })}#chart-${id}`;
  return pathTo(lang, 'overview');
}
