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
import { DEPRIVATION_INDICATORS, keysOf } from './indicators.ts';

/** Households deprived in one of the ten indicators, in one area and year. */
export const DeprivationSchema = z.object({
  year: singleYear(),
  area_code: areaCode(),
  indicator: oneOf(keysOf(DEPRIVATION_INDICATORS), {
    description: 'One of the ten deprivation indicators of Decision 59/2015/QĐ-TTg.',
    description_vi: 'Một trong mười chỉ số thiếu hụt theo Quyết định 59/2015/QĐ-TTg.',
  }),
  deprived_households: integer({
    measure: true,
    unit: 'households',
    maximum: MAX_HOUSEHOLDS,
    description: 'Households deprived in this indicator.',
    description_vi: 'Số hộ thiếu hụt chỉ số này.',
  }),
  deprived_pct: percent({
    measure: true,
    description: 'Deprived households as a share of the households the source counts.',
    description_vi: 'Tỷ lệ hộ thiếu hụt (%).',
  }),
  source_id: sourceId(),
  year_basis: yearBasis(),
  source_quote: sourceQuote(),
  note_vi: noteVi(),
  note_en: noteEn(),
});
export type Deprivation = z.infer<typeof DeprivationSchema>;
