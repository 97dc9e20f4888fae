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
import type { Bilingual } from '../text/lang.ts';

export interface DatasetDefinition<S extends z.ZodObject = z.ZodObject> {
  name: string;
  file: string;
  schema: S;
  /** Columns that together identify a row; duplicates are errors. */
  key: readonly (keyof z.infer<S> & string)[];
  title: Bilingual;
  description: Bilingual;
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
    title: { vi: 'Nguồn tài liệu', en: 'Sources' },
    description: {
      vi: 'Các văn bản, bài viết là nguồn của từng số liệu.',
      en: 'Every document or article a figure is taken from.',
    },
  }),
  areas: define({
    name: 'areas',
    file: 'areas.csv',
    schema: AreaSchema,
    key: ['code'],
    title: { vi: 'Đơn vị hành chính', en: 'Administrative units' },
    description: {
      vi: 'Tỉnh và các huyện, thành phố như giai đoạn 2016–2020.',
      en: 'The province and its districts as they were in 2016–2020.',
    },
  }),
  designations: define({
    name: 'designations',
    file: 'designations.csv',
    schema: DesignationSchema,
    key: ['area_code', 'designation', 'year_from', 'source_id'],
    title: { vi: 'Diện đầu tư của địa bàn', en: 'Programme status of units' },
    description: {
      vi: 'Địa bàn thuộc diện huyện nghèo 30a hoặc xã, thôn 135 theo từng giai đoạn.',
      en: 'Which units were 30a poor districts or Programme 135 communes, and when.',
    },
  }),
  poverty: define({
    name: 'poverty',
    file: 'poverty.csv',
    schema: PovertySchema,
    key: ['year', 'area_code', 'status', 'source_id'],
    title: { vi: 'Hộ nghèo, hộ cận nghèo', en: 'Poor and near-poor households' },
    description: {
      vi: 'Kết quả rà soát cuối năm theo địa bàn: số hộ, hộ nghèo, cận nghèo, tỷ lệ.',
      en: 'Year-end review results per area: households, poor and near-poor, rates.',
    },
  }),
  deprivation: define({
    name: 'deprivation',
    file: 'deprivation.csv',
    schema: DeprivationSchema,
    key: ['year', 'area_code', 'indicator', 'source_id'],
    title: { vi: 'Thiếu hụt dịch vụ xã hội cơ bản', en: 'Deprivation in basic social services' },
    description: {
      vi: 'Số hộ thiếu hụt theo mười chỉ số của chuẩn nghèo đa chiều.',
      en: 'Households deprived in each of the ten indicators of the poverty standard.',
    },
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
    title: { vi: 'Nguồn vốn', en: 'Funding' },
    description: {
      vi: 'Vốn được giao và giải ngân theo dự án, nguồn vốn và giai đoạn.',
      en: 'Capital allocated and disbursed by project, funding source and period.',
    },
  }),
  outputs: define({
    name: 'outputs',
    file: 'outputs.csv',
    schema: OutputSchema,
    key: ['year_from', 'year_to', 'area_code', 'indicator', 'source_id'],
    title: { vi: 'Kết quả thực hiện', en: 'Outputs' },
    description: {
      vi: 'Lao động được đào tạo, việc làm, công trình, mô hình, sản phẩm OCOP và kết quả khác.',
      en: 'Workers trained, jobs, works built, models, OCOP products and other results.',
    },
  }),
  targets: define({
    name: 'targets',
    file: 'targets.csv',
    schema: TargetSchema,
    key: ['year_from', 'year_to', 'area_code', 'indicator', 'source_id'],
    title: { vi: 'Chỉ tiêu kế hoạch', en: 'Targets' },
    description: {
      vi: 'Chỉ tiêu từ kế hoạch, nghị quyết chính thức.',
      en: 'Planned quantities from official plans and resolutions.',
    },
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

/** The table and key column each kind of reference points at. */
export const REFERENCED: Record<'areas' | 'sources', { dataset: DatasetName; column: string }> = {
  areas: { dataset: 'areas', column: 'code' },
  sources: { dataset: 'sources', column: 'id' },
};

/** Columns whose values are codes of `table`: its references, and the table's own key. */
export function codeColumnsOf(dataset: DatasetDefinition, table: 'areas' | 'sources'): string[] {
  const { dataset: owner, column: key } = REFERENCED[table];
  return columnsOf(dataset)
    .filter((c) => c.meta.references === table || (dataset.name === owner && c.name === key))
    .map((c) => c.name);
}

/** Columns to read and write as text (codes such as "058"), in file order. */
export function keptAsText(dataset: DatasetDefinition): string[] {
  return columnsOf(dataset)
    .filter((c) => c.meta.keepAsText)
    .map((c) => c.name);
}

/** Every column name that holds codes kept as text, in any dataset (for derived CSVs). */
export const KEPT_AS_TEXT: ReadonlySet<string> = new Set(
  DATASET_NAMES.flatMap((name) => keptAsText(DATASETS[name])),
);

/** Every column name that holds area codes, in any dataset (code, parent_code, area_code). */
export const AREA_CODE_COLUMNS: ReadonlySet<string> = new Set(
  DATASET_NAMES.flatMap((name) => codeColumnsOf(DATASETS[name], 'areas')),
);
