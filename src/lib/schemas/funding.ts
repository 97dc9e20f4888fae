import { z } from 'zod';
import { MAX_MILLION_VND } from './bounds.ts';
import {
  areaCode,
  noteEn,
  noteVi,
  sourceQuote,
  yearBasis,
  sourceId,
  valueQualifier,
  yearFrom,
  yearTo,
} from './common.ts';
import { decimal, oneOf, pattern } from './fields.ts';

export const PROJECTS = ['DA1', 'DA2', 'DA3', 'DA4', 'DA5', 'multiple', 'other'] as const;
export type Project = (typeof PROJECTS)[number];

/** Sub-projects (tiểu dự án) each component project has under Decision 1722/QĐ-TTg. */
export const SUB_PROJECTS: Record<Project, readonly string[] | 'slug'> = {
  DA1: ['TDA1', 'TDA2', 'TDA3', 'TDA4'],
  DA2: ['TDA1', 'TDA2', 'TDA3'],
  DA3: [],
  DA4: ['TDA1', 'TDA2'],
  DA5: [],
  multiple: 'slug',
  other: 'slug',
};

export const FUNDING_SOURCES = [
  'central_budget',
  'local_budget',
  'state_budget',
  'integrated',
  'mobilised',
  'policy_credit',
  'oda',
  'unspecified',
] as const;
/** The one value of `disbursed_exceeds_allocated`: the source reports the excess. */
export const EXCEEDS_FLAG = ['yes'] as const;

export const CAPITAL_TYPES = ['investment', 'recurrent', 'credit', 'unspecified'] as const;

const millions = (description: string, description_vi: string) =>
  decimal({
    measure: true,
    unit: 'million VND',
    maximum: MAX_MILLION_VND,
    description,
    description_vi,
  });

/** Money allocated and disbursed for one project, source and period in one area. */
export const FundingSchema = z.object({
  year_from: yearFrom(),
  year_to: yearTo(),
  area_code: areaCode(),
  project: oneOf(PROJECTS, {
    description:
      'Component project DA1 (30a) … DA5, "multiple" for several together, "other" for poverty policies beside the programme.',
    description_vi:
      'Dự án thành phần DA1 (30a) … DA5; "multiple" khi gộp nhiều chương trình; "other" cho chính sách giảm nghèo khác.',
  }),
  sub_project: pattern(/^(TDA[1-4]|[a-z0-9]+(_[a-z0-9]+)*)$/, {
    required: false,
    description:
      'Sub-project TDA1–TDA4 of DA1, DA2 or DA4; for "multiple"/"other" a snake_case name of the item.',
    description_vi:
      'Tiểu dự án TDA1–TDA4 của DA1, DA2, DA4; với "multiple"/"other" là tên ngắn kiểu snake_case.',
    pattern_en: 'TDA1–TDA4, or lowercase snake_case such as policy_credit',
    pattern_vi: 'TDA1–TDA4, hoặc chữ thường nối bằng dấu gạch dưới, ví dụ policy_credit',
  }),
  funding_source: oneOf(FUNDING_SOURCES, {
    description: 'Where the money comes from.',
    description_vi: 'Nguồn vốn.',
  }),
  capital_type: oneOf(CAPITAL_TYPES, {
    description: 'Investment (đầu tư phát triển), recurrent (sự nghiệp), credit, or unspecified.',
    description_vi: 'Vốn đầu tư phát triển, sự nghiệp, tín dụng hoặc không rõ.',
  }),
  value_qualifier: valueQualifier(),
  allocated_million_vnd: millions(
    'Capital allocated (kế hoạch vốn giao).',
    'Kế hoạch vốn giao (triệu đồng).',
  ),
  disbursed_million_vnd: millions(
    'Money disbursed, spent or lent (giải ngân).',
    'Vốn đã giải ngân/thực hiện (triệu đồng).',
  ),
  source_id: sourceId(),
  year_basis: yearBasis(),
  source_quote: sourceQuote(),
  note_vi: noteVi(),
  note_en: noteEn(),
  // Last, so tools that read the first twelve columns by position keep working.
  disbursed_exceeds_allocated: oneOf(EXCEEDS_FLAG, {
    required: false,
    description:
      '"yes" when the source itself reports more disbursed than allocated (e.g. lending above plan); otherwise empty, and disbursed above allocated is an error.',
    description_vi:
      '"yes" khi chính nguồn ghi vốn giải ngân lớn hơn vốn được giao (ví dụ cho vay vượt kế hoạch); nếu không thì để trống, và giải ngân vượt vốn giao bị báo lỗi.',
  }),
});
export type Funding = z.infer<typeof FundingSchema>;
