import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPoints,
  qualifierPrefix,
} from './format.ts';

describe('format', () => {
  it.each([
    ['vi', 16003, '16.003'],
    ['en', 16003, '16,003'],
    ['vi', 1234.5, '1.234,5'],
    ['en', 1234.5, '1,234.5'],
    ['vi', 0, '0'],
  ] as const)('formatNumber(%s, %d) = %s', (lang, value, expected) => {
    expect(formatNumber(lang, value)).toBe(expected);
  });

  it('formats rates and points', () => {
    expect(formatPercent('vi', 19.93)).toBe('19,93%');
    expect(formatPercent('en', 18.5)).toBe('18.5%');
    expect(formatPoints('vi', 2.65)).toBe('2,65 điểm %');
  });

  it('writes money in triệu or tỷ đồng', () => {
    expect(formatMoney('vi', 761692)).toBe('761,7 tỷ đồng');
    expect(formatMoney('en', 761692)).toBe('VND 761.7 billion');
    expect(formatMoney('vi', 286)).toBe('286 triệu đồng');
    expect(formatMoney('en', 480)).toBe('VND 480 million');
  });

  it('formats dates as calendar dates in both languages', () => {
    expect(formatDate('vi', '2019-04-08')).toBe('8/4/2019');
    expect(formatDate('en', '2019-04-08')).toBe('8 April 2019');
  });

  it('formats periods and qualifiers', () => {
    expect(formatPeriod(2016, 2020)).toBe('2016–2020');
    expect(formatPeriod(2019, 2019)).toBe('2019');
    expect(qualifierPrefix('vi', 'more_than')).toBe('hơn ');
    expect(qualifierPrefix('en', 'exact')).toBe('');
  });
});
