import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AreaSchema } from '../schemas/areas.ts';
import { fieldRegistry, type FieldMeta } from '../schemas/fields.ts';
import { FundingSchema } from '../schemas/funding.ts';
import { PovertySchema } from '../schemas/poverty.ts';
import type { ProblemCode } from './messages.ts';
import { explainNumber } from './numberSlips.ts';

const metaOf = (schema: z.ZodType): FieldMeta => fieldRegistry.get(schema)!;
const count = metaOf(PovertySchema.shape.households_total);
const money = metaOf(FundingSchema.shape.allocated_million_vnd);
const rate = metaOf(PovertySchema.shape.poverty_rate_pct);
const latitude = metaOf(AreaSchema.shape.lat);

type Case = [string, FieldMeta, string, ProblemCode, Record<string, string>];

describe('explainNumber', () => {
  const cases: Case[] = [
    // [column, raw, failure code from the parser, explanation]
    ['count', count, '80.276', 'cell/type', { code: 'cell/thousands-separator', fix: '80276' }],
    ['count', count, '146,500', 'cell/type', { code: 'cell/thousands-separator', fix: '146500' }],
    [
      'count',
      count,
      '1.234.567',
      'cell/type',
      { code: 'cell/thousands-separator', fix: '1234567' },
    ],
    ['count', count, '1 234', 'cell/type', { code: 'cell/thousands-separator', fix: '1234' }],
    ['count', count, '1\u00a0234', 'cell/type', { code: 'cell/thousands-separator', fix: '1234' }],
    ['count', count, '1\u202f234', 'cell/type', { code: 'cell/thousands-separator', fix: '1234' }],
    ['count', count, '12,5', 'cell/type', { code: 'cell/type' }],
    [
      'count',
      count,
      '1.234,567',
      'cell/type',
      { code: 'cell/thousands-separator', fix: '1234.567' },
    ],
    ['count', count, '1.234.5', 'cell/type', { code: 'cell/type' }],
    ['count', count, '0,500', 'cell/type', { code: 'cell/type' }],
    ['count', count, '007', 'cell/leading-zero', { code: 'cell/leading-zero', fix: '7' }],
    ['count', count, '-007', 'cell/leading-zero', { code: 'cell/leading-zero', fix: '-7' }],
    ['count', count, '-5', 'cell/range', { code: 'cell/range' }],
    [
      'money',
      money,
      '146,500',
      'cell/type',
      { code: 'cell/ambiguous-number', thousands: '146500', decimal: '146.5' },
    ],
    [
      'money',
      money,
      '80.276',
      'cell/ambiguous-number',
      { code: 'cell/ambiguous-number', thousands: '80276', decimal: '80.2760' },
    ],
    [
      'money',
      money,
      '80,276',
      'cell/type',
      { code: 'cell/ambiguous-number', thousands: '80276', decimal: '80.2760' },
    ],
    ['money', money, '1234,5', 'cell/type', { code: 'cell/decimal-comma', fix: '1234.5' }],
    ['money', money, '0,500', 'cell/type', { code: 'cell/decimal-comma', fix: '0.500' }],
    ['money', money, '1,234.5', 'cell/type', { code: 'cell/thousands-separator', fix: '1234.5' }],
    ['money', money, '1.234,5', 'cell/type', { code: 'cell/thousands-separator', fix: '1234.5' }],
    [
      'money',
      money,
      '-1.234.567',
      'cell/type',
      { code: 'cell/thousands-separator', fix: '-1234567' },
    ],
    ['money', money, '1e3', 'cell/type', { code: 'cell/type' }],
    ['rate', rate, '12,500', 'cell/type', { code: 'cell/decimal-comma', fix: '12.500' }],
    ['rate', rate, '12,5', 'cell/type', { code: 'cell/decimal-comma', fix: '12.5' }],
    ['latitude', latitude, '22,147', 'cell/type', { code: 'cell/decimal-comma', fix: '22.147' }],
  ];
  for (const [label, meta, raw, code, expected] of cases) {
    it(`${label} ${JSON.stringify(raw)} (${code}) → ${expected.code}`, () => {
      expect(explainNumber(raw, meta, code)).toEqual(expected);
    });
  }
});
