import { z } from 'zod';
import { MAX_HOUSEHOLDS } from './bounds.ts';
import {
  areaCode,
  noteEn,
  noteVi,
  sourceQuote,
  yearBasis,
  singleYear,
  sourceId,
} from './common.ts';
import { integer, oneOf, percent } from './fields.ts';

export const REVIEW_STATUSES = ['preliminary', 'final', 'unspecified'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

const households = (description: string, description_vi: string) =>
  integer({
    measure: true,
    unit: 'households',
    maximum: MAX_HOUSEHOLDS,
    description,
    description_vi,
  });

/** Poor and near-poor households of one area at one year-end review, as one source gives them. */
export const PovertySchema = z.object({
  year: singleYear(),
  area_code: areaCode(),
  status: oneOf(REVIEW_STATUSES, {
    description:
      'preliminary (sơ bộ), final (approved by decision) or unspecified (the source does not say).',
    description_vi:
      'preliminary (sơ bộ), final (đã phê duyệt) hoặc unspecified (nguồn không nói rõ).',
  }),
  households_total: households('All households in the area.', 'Tổng số hộ.'),
  poor_households: households('Poor households.', 'Số hộ nghèo.'),
  near_poor_households: households('Near-poor households.', 'Số hộ cận nghèo.'),
  poverty_rate_pct: percent({
    measure: true,
    description: 'Poor households as a share of all households, as published.',
    description_vi: 'Tỷ lệ hộ nghèo (%), như nguồn công bố.',
  }),
  near_poverty_rate_pct: percent({
    measure: true,
    description: 'Near-poor households as a share of all households, as published.',
    description_vi: 'Tỷ lệ hộ cận nghèo (%), như nguồn công bố.',
  }),
  escaped_poverty_households: households(
    'Households that escaped poverty during the year (not the net fall in poor households).',
    'Số hộ thoát nghèo trong năm (không phải mức giảm ròng số hộ nghèo).',
  ),
  newly_poor_households: households(
    'Households newly poor or fallen back into poverty during the year.',
    'Số hộ nghèo phát sinh mới hoặc tái nghèo trong năm.',
  ),
  source_id: sourceId(),
  year_basis: yearBasis(),
  source_quote: sourceQuote(),
  note_vi: noteVi(),
  note_en: noteEn(),
});
export type Poverty = z.infer<typeof PovertySchema>;
