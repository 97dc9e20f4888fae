import { z } from 'zod';
import { areaCode, SOURCE_ID, SOURCE_REFERENCE, sourceId } from './common.ts';
import { decimal, oneOf, pattern, text } from './fields.ts';

export const AREA_LEVELS = ['country', 'province', 'district', 'commune'] as const;
export const UNIT_TYPES = [
  'cả nước',
  'tỉnh',
  'thành phố',
  'huyện',
  'thị xã',
  'xã',
  'phường',
  'thị trấn',
] as const;

/** One administrative unit as it was during the programme (2016–2020). */
export const AreaSchema = z.object({
  code: areaCode(true, { key: true }),
  level: oneOf(AREA_LEVELS, {
    description: 'Administrative level.',
    description_vi: 'Cấp hành chính.',
  }),
  parent_code: areaCode(false),
  name: text({
    required: true,
    maxLength: 120,
    kind: 'name',
    description: 'Official name without the unit word (e.g. "Pác Nặm").',
    description_vi: 'Tên chính thức, không kèm loại đơn vị (ví dụ "Pác Nặm").',
  }),
  unit_type: oneOf(UNIT_TYPES, {
    description: 'Kind of unit, in Vietnamese, as used before the name.',
    description_vi: 'Loại đơn vị hành chính.',
  }),
  lat: decimal({
    minimum: -90,
    maximum: 90,
    unit: 'degrees',
    description: 'Latitude of the seat of the unit (WGS 84); empty when not sourced.',
    description_vi: 'Vĩ độ trụ sở (WGS 84); để trống nếu chưa có nguồn.',
  }),
  lon: decimal({
    minimum: -180,
    maximum: 180,
    unit: 'degrees',
    description: 'Longitude of the seat of the unit (WGS 84); empty when not sourced.',
    description_vi: 'Kinh độ trụ sở (WGS 84); để trống nếu chưa có nguồn.',
  }),
  source_id: sourceId(),
  coords_source_id: pattern(SOURCE_ID, {
    ...SOURCE_REFERENCE,
    required: false,
    description: 'Source of lat/lon, when they come from another source than the codes.',
    description_vi: 'Nguồn của tọa độ, nếu khác nguồn của mã.',
    pattern_en: 'an id from sources.csv',
    pattern_vi: 'mã nguồn trong sources.csv',
  }),
});
export type Area = z.infer<typeof AreaSchema>;
