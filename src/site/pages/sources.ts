/**
 * The sources page: every source, newest first, with every figure that cites it and a link to
 * where that figure is shown (the country has no page: its figures stand in the province's
 * national block).
 */
import { PROJECT_LABELS, indicatorLabel, label } from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { formatDate, formatPeriod } from '../../lib/format/format.ts';
import { areaName } from '../areaName.ts';
import type { Site } from '../loadSite.ts';
import { pathTo } from '../urls.ts';

export interface Citation {
  text: string;
  href: string;
}

export function sourcesPage(site: Site, lang: Lang) {
  const { tables, areaByCode, province, country } = site.data;
  const place = (code: string) => {
    const area = areaByCode.get(code);
    return area ? areaName(area, lang) : code;
  };
  const cited = new Map<string, Citation[]>();
  // Appends in place: copying the list on every citation made this quadratic in the rows.
  const add = (id: string, c: Citation) => {
    const list = cited.get(id);
    if (list) list.push(c);
    else cited.set(id, [c]);
  };
  // The country has no page: its figures stand beside the province's, in the national block.
  const areaLink = (code: string, hash: string) =>
    code === country?.code
      ? `${pathTo(lang, 'area', { code: province.code })}#national-${province.code}`
      : `${pathTo(lang, 'area', { code })}#${hash}`;
  for (const r of tables.poverty)
    add(r.source_id, {
      text: `${place(r.area_code)}, ${t(lang, 'common.endOfYear', { year: r.year })}`,
      href: areaLink(r.area_code, 'poverty'),
    });
  for (const r of tables.funding)
    add(r.source_id, {
      text: `${place(r.area_code)}, ${formatPeriod(r.year_from, r.year_to)}: ${t(lang, 'nav.funding')}, ${label(PROJECT_LABELS, r.project, lang)}`,
      href: areaLink(r.area_code, 'funding'),
    });
  for (const r of tables.outputs)
    add(r.source_id, {
      text: `${place(r.area_code)}, ${formatPeriod(r.year_from, r.year_to)}: ${indicatorLabel(r.indicator, lang)}`,
      href: areaLink(r.area_code, 'outputs'),
    });
  for (const r of tables.targets)
    add(r.source_id, {
      text: `${place(r.area_code)}, ${formatPeriod(r.year_from, r.year_to)}: ${indicatorLabel(r.indicator, lang)} (${t(lang, 'progress.target')})`,
      href: areaLink(r.area_code, 'poverty'),
    });
  for (const r of tables.designations)
    add(r.source_id, {
      text: `${place(r.area_code)}: ${t(lang, `designation.${r.designation}`)}`,
      href: areaLink(r.area_code, 'status'),
    });
  for (const r of tables.areas)
    add(r.source_id, {
      text: `${place(r.code)}`,
      href:
        r.code === country?.code ? areaLink(r.code, '') : pathTo(lang, 'area', { code: r.code }),
    });
  const sources = [...tables.sources].sort(
    (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id),
  );
  return {
    sources: sources.map((source) => ({
      source,
      kind: t(lang, `kind.${source.kind}`),
      published: source.published ? formatDate(lang, source.published) : t(lang, 'sources.noDate'),
      citations: cited.get(source.id) ?? [],
    })),
  };
}
