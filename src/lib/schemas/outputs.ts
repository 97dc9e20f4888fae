import { z } from 'zod';
import { MAX_COUNT } from './bounds.ts';
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
import { decimal, oneOf } from './fields.ts';
import { keysOf, OUTPUT_INDICATORS } from './indicators.ts';

/** A counted result of the programme (workers trained, works built…) over a period. */
export const OutputSchema = z.object({
  year_from: yearFrom(),
  year_to: yearTo(),
  area_code: areaCode(),
  indicator: oneOf(keysOf(OUTPUT_INDICATORS), {
    description: 'What is counted; units are listed in the data dictionary.',
    description_vi: 'Chỉ tiêu được đếm; đơn vị ghi trong từ điển dữ liệu.',
  }),
  value_qualifier: valueQualifier(),
  value: decimal({
    measure: true,
    required: true,
    maximum: MAX_COUNT,
    description: 'The count, in the indicator’s unit.',
    description_vi: 'Giá trị, theo đơn vị của chỉ tiêu.',
  }),
  source_id: sourceId(),
  year_basis: yearBasis(),
  source_quote: sourceQuote(),
  note_vi: noteVi(),
  note_en: noteEn(),
});
export type Output = z.infer<typeof OutputSchema>;
