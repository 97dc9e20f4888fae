/**
 * The column tables of data/README.md, generated from the schemas so the dictionary can never
 * disagree with what the validator enforces (a test checks the committed file is current).
 */
import { columnsOf, DATASETS, type DatasetDefinition } from '../schemas/datasets.ts';
import type { FieldMeta } from '../schemas/fields.ts';
import type { Bilingual } from '../text/lang.ts';
import {
  DEPRIVATION_INDICATORS,
  OUTPUT_INDICATORS,
  TARGET_INDICATORS,
} from '../schemas/indicators.ts';

export const BEGIN = '<!-- BEGIN GENERATED: npm run data:docs -->';
export const END = '<!-- END GENERATED -->';

const escape = (s: string) => s.replace(/\|/g, '\\|');

function allowed(meta: FieldMeta): string {
  if (meta.enum) return meta.enum.map((v) => `\`${v}\``).join(', ');
  if (meta.pattern_en) return escape(meta.pattern_en);
  const range = [
    meta.minimum !== undefined ? `≥ ${meta.minimum}` : '',
    meta.maximum !== undefined ? `≤ ${meta.maximum}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (meta.type === 'date') return 'YYYY-MM-DD';
  if (meta.type === 'string') return `text, ≤ ${meta.maxLength ?? 2000} characters`;
  return range;
}

function datasetSection(d: DatasetDefinition): string {
  const rows = columnsOf(d).map(({ name, meta }) =>
    [
      `\`${name}\``,
      meta.type,
      meta.unit ?? '',
      meta.required ? 'yes' : 'no',
      allowed(meta),
      escape(meta.description),
      escape(meta.description_vi),
    ].join(' | '),
  );
  return [
    `### \`${d.file}\` — ${d.title.en} / ${d.title.vi}`,
    '',
    `${d.description.en} ${d.description.vi}`,
    '',
    `One row per: ${d.key.map((k) => `\`${k}\``).join(' × ')} (a repeated combination is an error).`,
    '',
    '| column | type | unit | required | allowed values | description | mô tả |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

function indicatorTable(
  title: string,
  record: Record<string, { label: Bilingual; unit?: Bilingual }>,
): string {
  const rows = Object.entries(record).map(
    ([code, i]) =>
      `| \`${code}\` | ${i.unit?.en ?? ''} | ${escape(i.label.en)} | ${escape(i.label.vi)} |`,
  );
  return [
    `### ${title}`,
    '',
    '| code | unit | meaning | ý nghĩa |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export function generateDictionary(): string {
  const targetOnly = Object.fromEntries(
    Object.entries(TARGET_INDICATORS).filter(([code]) => !(code in OUTPUT_INDICATORS)),
  );
  return [
    BEGIN,
    '',
    ...Object.values(DATASETS).map((d) => `${datasetSection(d as DatasetDefinition)}\n`),
    indicatorTable('Output indicators (`outputs.csv`, `targets.csv`)', OUTPUT_INDICATORS),
    '',
    indicatorTable('Target-only indicators (`targets.csv`)', targetOnly),
    '',
    indicatorTable(
      'Deprivation indicators (`deprivation.csv`, Decision 59/2015/QĐ-TTg)',
      DEPRIVATION_INDICATORS,
    ),
    '',
    END,
  ].join('\n');
}

/** Replaces the generated part of a README, keeping the hand-written text around it. */
export function spliceDictionary(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1)
    throw new Error('data/README.md lacks the generated-section markers');
  return readme.slice(0, start) + generateDictionary() + readme.slice(end + END.length);
}
