/** Turns a column's metadata into "what was expected", in both languages. */
import type { FieldMeta } from '../schemas/fields.ts';
import type { Lang } from '../text/lang.ts';

export interface Expected {
  vi: string;
  en: string;
}

function bounds(meta: FieldMeta, lang: Lang): string {
  const { minimum: min, maximum: max } = meta;
  if (min !== undefined && max !== undefined)
    return lang === 'vi' ? ` từ ${min} đến ${max}` : ` from ${min} to ${max}`;
  if (min !== undefined) return ` ≥ ${min}`;
  return '';
}

export function expectedFor(meta: FieldMeta): Expected {
  const unitVi = meta.unit ? ` (${meta.unit})` : '';
  switch (meta.type) {
    case 'integer':
      return {
        vi: `số nguyên${bounds(meta, 'vi')}, không dấu phân cách hàng nghìn${unitVi}`,
        en: `a whole number${bounds(meta, 'en')}, no thousands separator${unitVi}`,
      };
    case 'number':
      return {
        vi: `số${bounds(meta, 'vi')}, dấu chấm thập phân, không dấu phân cách hàng nghìn${unitVi}`,
        en: `a number${bounds(meta, 'en')} with "." as decimal mark, no thousands separator${unitVi}`,
      };
    case 'year':
      return { vi: `năm 4 chữ số${bounds(meta, 'vi')}`, en: `a 4-digit year${bounds(meta, 'en')}` };
    case 'date':
      return {
        vi: 'ngày dạng YYYY-MM-DD, ví dụ 2019-04-08',
        en: 'a date as YYYY-MM-DD, e.g. 2019-04-08',
      };
    case 'string':
      if (meta.enum) {
        const list = meta.enum.join(', ');
        return { vi: `một trong: ${list}`, en: `one of: ${list}` };
      }
      if (meta.pattern_en && meta.pattern_vi) return { vi: meta.pattern_vi, en: meta.pattern_en };
      return {
        vi: `văn bản tối đa ${meta.maxLength ?? 2000} ký tự`,
        en: `text of at most ${meta.maxLength ?? 2000} characters`,
      };
  }
}
