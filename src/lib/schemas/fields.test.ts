import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { MAX_COUNT, MAX_HOUSEHOLDS, MAX_MILLION_VND } from './bounds.ts';
import { columnsOf, DATASET_NAMES, DATASETS } from './datasets.ts';
import { CellFailure, fieldRegistry, type FieldMeta } from './fields.ts';
import { FundingSchema } from './funding.ts';
import { PovertySchema } from './poverty.ts';
import { AreaSchema } from './areas.ts';
import { SourceSchema } from './sources.ts';
import { OutputSchema } from './outputs.ts';

const metaOf = (schema: z.ZodType): FieldMeta => fieldRegistry.get(schema)!;
/** The parser's outcome: the value, or the failure code. */
const read = (schema: z.ZodType, raw: string) => {
  const value = metaOf(schema).parse(raw);
  return value instanceof CellFailure ? value.code : value;
};

const money = FundingSchema.shape.allocated_million_vnd;
const households = PovertySchema.shape.households_total;
const rate = PovertySchema.shape.poverty_rate_pct;
const latitude = AreaSchema.shape.lat;
const count = OutputSchema.shape.value;
const year = PovertySchema.shape.year;

describe('number cells', () => {
  it.each([
    // [column, raw, value or failure code]
    ['households', households, '80276', 80276],
    ['households', households, '80.276', 'cell/type'],
    ['households', households, '146,500', 'cell/type'],
    ['households', households, '007', 'cell/leading-zero'],
    ['households', households, '0', 0],
    ['households', households, '-5', 'cell/range'],
    ['households', households, String(MAX_HOUSEHOLDS), MAX_HOUSEHOLDS],
    ['households', households, String(MAX_HOUSEHOLDS + 1), 'cell/range'],
    ['households', households, '12345678901234567890', 'cell/range'],
    ['households', households, '1e3', 'cell/type'],
    ['households', households, '+5', 'cell/type'],
    ['households', households, '0x10', 'cell/type'],
    ['money', money, '146500', 146500],
    ['money', money, '80.276', 'cell/ambiguous-number'],
    ['money', money, '-80.276', 'cell/range'],
    ['money', money, '146,500', 'cell/type'],
    ['money', money, '1234.567', 1234.567],
    ['money', money, '0.276', 0.276],
    ['money', money, '80.2760', 80.276],
    ['money', money, '14194.78', 14194.78],
    ['money', money, String(MAX_MILLION_VND), MAX_MILLION_VND],
    ['money', money, '10000000000.01', 'cell/range'],
    ['money', money, '9'.repeat(400), 'cell/range'],
    ['money', money, '1234567890.12345', 1234567890.12345],
    ['money', money, '1234567890.123456', 'cell/precision'],
    ['money', money, '0.0000000000000001', 1e-16],
    ['money', money, '0.1234567890123456', 'cell/precision'],
    ['money', money, '00.5', 'cell/leading-zero'],
    ['money', money, 'Infinity', 'cell/type'],
    ['money', money, 'NaN', 'cell/type'],
    ['money', money, '1e308', 'cell/type'],
    ['money', money, '.5', 'cell/type'],
    ['money', money, '5.', 'cell/type'],
    ['rate', rate, '80.276', 80.276],
    ['rate', rate, '100', 100],
    ['rate', rate, '100.001', 'cell/range'],
    ['latitude', latitude, '-22.147', -22.147],
    ['count', count, '1.500', 'cell/ambiguous-number'],
    ['count', count, String(MAX_COUNT + 1), 'cell/range'],
    ['year', year, '2019', 2019],
    ['year', year, '0999', 'cell/range'],
    ['year', year, '-201', 'cell/type'],
  ])('%s %j → %j', (_, schema, raw, expected) => {
    expect(read(schema, raw)).toBe(expected);
  });

  it.each([
    ['households', households],
    ['money', money],
    ['rate', rate],
  ])('reads "-0" in %s as 0, never a negative zero', (_, schema) => {
    expect(Object.is(read(schema, '-0'), 0)).toBe(true);
    expect(Object.is(metaOf(schema).parse('-0.0'), -0)).toBe(false);
  });

  it('gives every numeric column a finite maximum that a double holds exactly', () => {
    for (const name of DATASET_NAMES) {
      for (const { name: column, meta } of columnsOf(DATASETS[name])) {
        if (meta.type !== 'integer' && meta.type !== 'number') continue;
        expect(Number.isSafeInteger(meta.maximum), `${name}.${column}`).toBe(true);
      }
    }
  });
});

describe('text cells', () => {
  const name = AreaSchema.shape.name;
  const note = FundingSchema.shape.note_en;
  const noteVi = FundingSchema.shape.note_vi;
  const quote = FundingSchema.shape.source_quote;
  const title = SourceSchema.shape.title;
  const titleEn = SourceSchema.shape.title_en;
  const status = PovertySchema.shape.status;
  it.each([
    ['name', name, 'Pác Nặm', 'Pác Nặm'],
    ['name', name, 'Pác\u200bNặm', 'cell/invisible-character'],
    ['name', name, 'Pác\u00a0Nặm', 'cell/invisible-character'],
    ['name', name, 'Pác\nNặm', 'cell/invisible-character'],
    ['name', name, '\u202eKạn', 'cell/invisible-character'],
    ['title', title, 'Báo cáo\u00a02019', 'Báo cáo\u00a02019'],
    ['title', title, 'Báo cáo\n2019', 'cell/invisible-character'],
    ['title', title, 'Báo\tcáo', 'cell/invisible-character'],
    ['note', note, 'line one\nline two', 'line one\nline two'],
    ['note', note, 'line one\r\nline two', 'line one\r\nline two'],
    ['note', note, 'a\tb', 'cell/invisible-character'],
    ['note', note, 'a\u0000b', 'cell/invisible-character'],
    ['note', note, 'a\u001b[31mb', 'cell/invisible-character'],
    ['note', note, 'a\u0085b', 'cell/invisible-character'],
    ['note', note, 'a\ufeffb', 'cell/invisible-character'],
    ['note', note, 'a\u2066b\u2069', 'cell/invisible-character'],
    ['note', note, 'a\u{e0041}b', 'cell/invisible-character'],
    ['note', note, 'a\u00a0b', 'a\u00a0b'],
    ['note_vi', noteVi, 'dòng một\ndòng hai', 'dòng một\ndòng hai'],
    ['note_vi', noteVi, 'a\u200bb', 'cell/invisible-character'],
    ['quote', quote, 'Câu một.\r\nCâu hai.', 'Câu một.\r\nCâu hai.'],
    ['quote', quote, 'a\u202eb', 'cell/invisible-character'],
    ['quote', quote, 'a'.repeat(2000), 'a'.repeat(2000)],
    ['quote', quote, 'a'.repeat(2001), 'cell/too-long'],
    ['title_en', titleEn, 'Report\u00a02019', 'Report\u00a02019'],
    ['title_en', titleEn, 'Report\n2019', 'cell/invisible-character'],
    ['enum', status, 'final', 'final'],
    ['enum', status, 'final\u200b', 'cell/enum'],
  ])('%s %j → %j', (_, schema, raw, expected) => {
    expect(read(schema, raw)).toBe(expected);
  });
});
