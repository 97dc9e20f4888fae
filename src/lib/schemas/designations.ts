import { z } from 'zod';
import { areaCode, noteEn, noteVi, sourceId, yearFrom, yearTo } from './common.ts';
import { oneOf } from './fields.ts';

export const DESIGNATIONS = ['30a_poor_district', '135_commune', '135_village'] as const;

/** A unit's programme status over a period (e.g. a 30a poor district in 2018–2020). */
export const DesignationSchema = z.object({
  area_code: areaCode(),
  designation: oneOf(DESIGNATIONS, {
    description:
      'Status: poor district under Programme 30a, or extremely difficult commune/village under Programme 135.',
    description_vi: 'Diện: huyện nghèo 30a, xã/thôn đặc biệt khó khăn thuộc Chương trình 135.',
  }),
  year_from: yearFrom(),
  year_to: yearTo(),
  source_id: sourceId(),
  note_vi: noteVi(),
  note_en: noteEn(),
});
export type Designation = z.infer<typeof DesignationSchema>;
