import { z } from 'zod';
import { MAX_COUNT } from './bounds.ts';
import {
  areaCode,
  noteEn,
  noteVi,
  sourceQuote,
  valueQualifier,
  yearBasis,
  sourceId,
  yearFrom,
  yearTo,
} from './common.ts';
import { decimal, oneOf } from './fields.ts';
import { keysOf, TARGET_INDICATORS } from './indicators.ts';

/** A planned quantity for a period, as an official plan or resolution states it. */
export const TargetSchema = z.object({
  year_from: yearFrom(),
  year_to: yearTo(),
  area_code: areaCode(),
  indicator: oneOf(keysOf(TARGET_INDICATORS), {
    description: 'What the target is for; units are listed in the data dictionary.',
    description_vi: 'Chỉ tiêu kế hoạch; đơn vị ghi trong từ điển dữ liệu.',
  }),
  value_qualifier: valueQualifier(),
  target_value: decimal({
    measure: true,
    required: true,
    maximum: MAX_COUNT,
    description: 'The target, or the lower end of a target range.',
    description_vi: 'Giá trị kế hoạch, hoặc cận dưới của khoảng.',
  }),
  target_value_max: decimal({
    measure: true,
    maximum: MAX_COUNT,
    description: 'Upper end when the target is a range (e.g. 2–2.5 points a year).',
    description_vi: 'Cận trên khi chỉ tiêu là một khoảng (ví dụ giảm 2–2,5%/năm).',
  }),
  source_id: sourceId(),
  year_basis: yearBasis(),
  source_quote: sourceQuote(),
  note_vi: noteVi(),
  note_en: noteEn(),
});
export type Target = z.infer<typeof TargetSchema>;
