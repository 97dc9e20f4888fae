/**
 * The published datasets: one entry per CSV file, in the order they must be validated
 * (areas and sources first, because every other file refers to them).
 */
import type { z } from 'zod';
import { AreaSchema } from './areas.ts';
import { DeprivationSchema } from './deprivation.ts';
import { DesignationSchema } from './designations.ts';
import { type FieldMeta, fieldRegistry } from './fields.ts';
import { FundingSchema } from './funding.ts';
import { OutputSchema } from './outputs.ts';
import { PovertySchema } from './poverty.ts';
import { SourceSchema } from './sources.ts';
import { TargetSchema } from './targets.ts';

export interface DatasetDefinition<S extends z.ZodObject = z.ZodObject> {
  name: string;
  file: string;
  schema: S;
  /** Columns that together identify a row; duplicates are errors. */
  key: readonly (keyof z.infer<S> & string)[];
  title_en: string;
  title_vi: string;
  description_en: string;
  description_vi: string;
}

function define<S extends z.ZodObject>(d: DatasetDefinition<S>): DatasetDefinition<S> {
  return d;
}

export const DATASETS = {
  sources: define({
    name: 'sources',
    file: 'sources.csv',
    schema: SourceSchema,
    key: ['id'],
    title_en: 'Sources',
    title_vi: 'Nguồn tài liệu',
    description_en: 'Every document or article a figure is taken from.',
    description_vi: 'Các văn bản, bài viết là nguồn của từng số liệu.',
  }),
  areas: define({
    name: 'areas',
    file: 'areas.csv',
    schema: AreaSchema,
    key: ['code'],
    title_en: 'Administrative units',
    title_vi: 'Đơn vị hành chính',
    description_en: 'The province and its districts as they were in 2016–2020.',
    description_vi: 'Tỉnh và các huyện, thành phố như giai đoạn 2016–2020.',
  }),
  designations: define({
    name: 'designations',
    file: 'designations.csv',
    schema: DesignationSchema,
    key: ['area_code', 'designation', 'year_from', 'source_id'],
    title_en: 'Programme status of units',
    title_vi: 'Diện đầu tư của địa bàn',
    description_en: 'Which units were 30a poor districts or Programme 135 communes, and when.',
    description_vi: 'Địa bàn thuộc diện huyện nghèo 30a hoặc xã, thôn 135 theo từng giai đoạn.',
  }),
  poverty: define({
    name: 'poverty',
    file: 'poverty.csv',
    schema: PovertySchema,
    key: ['year', 'area_code', 'status', 'source_id'],
    title_en: 'Poor and near-poor households',
    title_vi: 'Hộ nghèo, hộ cận nghèo',
    description_en: 'Year-end review results per area: households, poor and near-poor, rates.',
    description_vi: 'Kết quả rà soát cuối năm theo địa bàn: số hộ, hộ nghèo, cận nghèo, tỷ lệ.',
  }),
  deprivation: define({
    name: 'deprivation',
    file: 'deprivation.csv',
    schema: DeprivationSchema,
    key: ['year', 'area_code', 'indicator', 'source_id'],
    title_en: 'Deprivation in basic social services',
    title_vi: 'Thiếu hụt dịch vụ xã hội cơ bản',
    description_en: 'Households deprived in each of the ten indicators of the poverty standard.',
    description_vi: 'Số hộ thiếu hụt theo mười chỉ số của chuẩn nghèo đa chiều.',
  }),
  funding: define({
    name: 'funding',
    file: 'funding.csv',
    schema: FundingSchema,
    key: [
      'year_from',
      'year_to',
      'area_code',
      'project',
      'sub_project',
      'funding_source',
      'capital_type',
      'source_id',
    ],
    title_en: 'Funding',
    title_vi: 'Nguồn vốn',
    description_en: 'Capital allocated and disbursed by project, funding source and period.',
    description_vi: 'Vốn được giao và giải ngân theo dự án, nguồn vốn và giai đoạn.',
  }),
  outputs: define({
    name: 'outputs',
    file: 'outputs.csv',
    schema: OutputSchema,
    key: ['year_from', 'year_to', 'area_code', 'indicator', 'source_id'],
    title_en: 'Outputs',
    title_vi: 'Kết quả thực hiện',
    description_en: 'Workers trained, jobs, works built, models, OCOP products and other results.',
    description_vi:
      'Lao động được đào tạo, việc làm, công trình, mô hình, sản phẩm OCOP và kết quả khác.',
  }),
  targets: define({
    name: 'targets',
    file: 'targets.csv',
    schema: TargetSchema,
    key: ['year_from', 'year_to', 'area_code', 'indicator', 'source_id'],
    title_en: 'Targets',
    title_vi: 'Chỉ tiêu kế hoạch',
    description_en: 'Planned quantities from official plans and resolutions.',
    description_vi: 'Chỉ tiêu từ kế hoạch, nghị quyết chính thức.',
  }),
} as const;

export type DatasetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

/** The columns of a dataset, in order, with their metadata. */
export function columnsOf(dataset: DatasetDefinition): { name: string; meta: FieldMeta }[] {
  return Object.entries(dataset.schema.shape).map(([name, schema]) => {
    const meta = fieldRegistry.get(schema as z.ZodType);
    if (!meta) throw new Error(`Column ${dataset.name}.${name} has no field metadata`);
    return { name, meta };
  });
}
