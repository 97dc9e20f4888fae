/**
 * The data catalogue: every dataset with its description, rows, last change, downloads, the
 * columns as the schemas define them (type, unit, required, allowed values, description) and how
 * to cite the release.
 */
import type { Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { formatDate, formatNumber } from '../../lib/format/format.ts';
import {
  columnsOf,
  DATASET_NAMES,
  DATASETS,
  keptAsText,
  type DatasetDefinition,
} from '../../lib/schemas/datasets.ts';
import type { FieldMeta } from '../../lib/schemas/fields.ts';
import { pick } from '../../lib/text/lang.ts';
import type { Site } from '../loadSite.ts';
import { downloadPath, pathTo, withBase } from '../urls.ts';

/** What a column accepts: its values, its pattern in words, or its bounds. */
function allowed(meta: FieldMeta, lang: Lang): string {
  return (
    meta.enum?.join(', ') ??
    (lang === 'vi' ? meta.pattern_vi : meta.pattern_en) ??
    [
      meta.minimum !== undefined ? `≥ ${meta.minimum}` : '',
      meta.maximum !== undefined ? `≤ ${meta.maximum}` : '',
    ]
      .filter(Boolean)
      .join(', ')
  );
}

/** `siteUrl` is the site's address (Astro.site), for the citation. */
export function dataPage({ data, pkg }: Site, lang: Lang, siteUrl: URL | string) {
  const address = new URL(pathTo(lang, 'data'), siteUrl).href;
  return {
    datasets: DATASET_NAMES.map((name) => {
      const dataset = DATASETS[name] as DatasetDefinition;
      const updated = data.lastUpdated[name];
      const csv = withBase(downloadPath.csv(name));
      return {
        name,
        title: pick(dataset.title, lang),
        file: dataset.file,
        description: pick(dataset.description, lang),
        rows: formatNumber(lang, data.rowCounts[name]),
        updated: updated && t(lang, 'common.lastUpdated', { date: formatDate(lang, updated) }),
        csv,
        json: withBase(downloadPath.json(name)),
        cite: {
          title: dataset.title,
          path: csv,
          csv: {
            path: csv,
            bom: false,
            // Codes (area codes, source ids) are read as text in pandas and R: the schema says which.
            codeColumns: keptAsText(dataset),
            columns: columnsOf(dataset).map((c) => ({ name: c.name, type: c.meta.type })),
          },
        },
        columns: columnsOf(dataset).map(({ name: column, meta }) => ({
          name: column,
          type: `${meta.type}${meta.unit ? ` (${meta.unit})` : ''}`,
          required: Boolean(meta.required),
          allowed: allowed(meta, lang),
          description: lang === 'vi' ? meta.description_vi : meta.description,
        })),
      };
    }),
    citation:
      lang === 'vi'
        ? `${pkg.title}. Phiên bản ${pkg.version}. ${address} (truy cập ngày …). Giấy phép CC BY 4.0.`
        : `${pkg.title}. Version ${pkg.version}. ${address} (retrieved …). Licence CC BY 4.0.`,
  };
}
