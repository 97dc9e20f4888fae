/**
 * Interface text for the parts of the index pages that only appear when the data holds more
 * than one province (grouping, filtering, scope notes). Kept beside the index helpers; the
 * strings can move into src/i18n/ui.ts as they are.
 */
import type { Lang } from '../i18n/routes.ts';

const TEXT = {
  vi: {
    filterLabel: 'Lọc theo tên địa bàn',
    filterHint: 'Gõ một phần tên, có dấu hay không dấu đều được (ví dụ "cho don").',
    filterCount: 'Có {count} địa bàn khớp.',
    unitsCount: '{count} đơn vị',
    provincesScope:
      'Trang này trình bày số liệu của {province} và các huyện, thành phố trực thuộc. Số liệu của {count} tỉnh khác có ở trang từng tỉnh:',
  },
  en: {
    filterLabel: 'Filter areas by name',
    filterHint: 'Type part of a name, with or without diacritics (e.g. "cho don").',
    filterCount: '{count} areas match.',
    unitsCount: '{count} units',
    provincesScope:
      'This page shows the figures of {province} and its districts. The figures of the {count} other provinces are on each province’s page:',
  },
} as const;

export type IndexTextKey = keyof (typeof TEXT)['vi'];

export function indexText(
  lang: Lang,
  key: IndexTextKey,
  values: Record<string, string | number> = {},
): string {
  // A placeholder without a value stays, for a script to fill in (e.g. the filter's count).
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
