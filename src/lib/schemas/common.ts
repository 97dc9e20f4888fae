/** Columns that several datasets share, defined once. */
import { oneOf, pattern, text, year, type ColumnRoles } from './fields.ts';

/** Loose bounds for a year cell; the programme-span rule is checked against sources later. */
const YEAR_BOUNDS = { minimum: 1990, maximum: 2100 } as const;

/**
 * GSO codes: 2 digits (province), 3 (district) or 5 (commune), leading zeros kept; `VN` for the
 * whole country, whose figures are shown beside the province's.
 */
export const AREA_CODE = /^(VN|\d{2}|\d{3}|\d{5})$/;

/**
 * A column of area codes, kept as text. It references areas.csv, unless it is that table's own
 * key (`areas.code`, `{ key: true }`).
 */
export const areaCode = <R extends boolean = true>(required?: R, { key = false } = {}) =>
  pattern<R>(AREA_CODE, {
    required: (required ?? true) as R,
    keepAsText: true,
    ...(key ? {} : { references: 'areas' }),
    description: 'GSO code of the administrative unit (leading zeros kept).',
    description_vi: 'Mã đơn vị hành chính theo Tổng cục Thống kê (giữ số 0 ở đầu).',
    pattern_en:
      '2 digits (province), 3 (district) or 5 (commune), e.g. 06, 058; VN for the country',
    pattern_vi: '2 chữ số (tỉnh), 3 (huyện) hoặc 5 (xã), ví dụ 06, 058; VN cho cả nước',
  });

export const SOURCE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The role of every column that names a source of sources.csv. */
export const SOURCE_REFERENCE: ColumnRoles = { references: 'sources', keepAsText: true };

export const sourceId = () =>
  pattern(SOURCE_ID, {
    ...SOURCE_REFERENCE,
    description: 'Identifier of the source document in sources.csv.',
    description_vi: 'Mã nguồn tài liệu trong sources.csv.',
    pattern_en: 'lowercase letters, digits and hyphens, e.g. giamngheo-2019-review',
    pattern_vi: 'chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ giamngheo-2019-review',
  });

/** The note in Vietnamese: what a reader needs to interpret the row. */
export const noteVi = () =>
  text({
    kind: 'note',
    description:
      'Note in Vietnamese: anything a reader needs to interpret the row (conflicts, exact scope, why a year was inferred).',
    description_vi:
      'Ghi chú tiếng Việt: điều cần biết để hiểu dòng số liệu (mâu thuẫn, phạm vi, vì sao năm được suy ra).',
  });

/** The same note in English, for the English pages. */
export const noteEn = () =>
  text({
    kind: 'note',
    description: 'The same note in English.',
    description_vi: 'Ghi chú đó bằng tiếng Anh.',
  });

/** The source's own words, so anyone can check a figure against it without leaving the page. */
export const sourceQuote = () =>
  text({
    kind: 'note',
    maxLength: 2000,
    description:
      'The sentence of the source the figures were read from, in its own language, exactly as printed; empty only when no quote was kept.',
    description_vi:
      'Câu văn của nguồn chứa số liệu, nguyên văn, bằng ngôn ngữ của nguồn; chỉ để trống khi chưa lưu được trích dẫn.',
  });

export const YEAR_BASES = ['stated', 'inferred'] as const;
export type YearBasis = (typeof YEAR_BASES)[number];

/** Whether the source names the year (or period), or it had to be worked out. */
export const yearBasis = () =>
  oneOf(YEAR_BASES, {
    description:
      'stated: the source names the year-end review or period; inferred: it had to be worked out (the note says how). The site labels inferred years.',
    description_vi:
      'stated: nguồn nêu rõ năm/giai đoạn; inferred: năm được suy ra (ghi chú giải thích). Trang web ghi rõ "năm suy ra".',
  });

export const singleYear = () =>
  year({
    ...YEAR_BOUNDS,
    description: 'Year of the year-end review the figure comes from (e.g. 2018 = end of 2018).',
    description_vi: 'Năm rà soát cuối năm của số liệu (ví dụ 2018 = cuối năm 2018).',
  });

export const yearFrom = () =>
  year({
    ...YEAR_BOUNDS,
    description: 'First year of the period the figure covers.',
    description_vi: 'Năm đầu của giai đoạn số liệu.',
  });

export const yearTo = () =>
  year({
    ...YEAR_BOUNDS,
    description: 'Last year of the period the figure covers (same as year_from for one year).',
    description_vi: 'Năm cuối của giai đoạn số liệu (bằng year_from nếu chỉ một năm).',
  });

export const VALUE_QUALIFIERS = ['exact', 'more_than', 'about', 'less_than'] as const;

export const valueQualifier = () =>
  oneOf(VALUE_QUALIFIERS, {
    description:
      'How the source states the amounts: exact, "more than" (hơn/trên), "about" (khoảng/gần) or "less than".',
    description_vi: 'Cách nguồn nêu con số: chính xác, "hơn/trên", "khoảng/gần" hoặc "dưới".',
  });
