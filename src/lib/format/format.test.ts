import { describe, expect, it } from 'vitest';
import {
  decimalsOf,
  formatDate,
  formatExact,
  formatMoney,
  formatMoneyTick,
  formatRate,
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

  it('writes money in triệu or tỷ đồng with every published digit', () => {
    expect(formatMoney('vi', 761692)).toBe('761,692 tỷ đồng');
    expect(formatMoney('en', 761692)).toBe('VND 761.692 billion');
    expect(formatMoney('vi', 286)).toBe('286 triệu đồng');
    expect(formatMoney('en', 480)).toBe('VND 480 million');
    expect(formatMoney('vi', 14194.78)).toBe('14.194,78 triệu đồng');
    expect(formatMoney('vi', 146500)).toBe('146,5 tỷ đồng');
  });

  it('never rounds a bound past itself: "trên 1 tỷ 150 triệu" stays 1,15 tỷ', () => {
    expect(`${qualifierPrefix('vi', 'more_than')}${formatMoney('vi', 1150)}`).toBe(
      'hơn 1,15 tỷ đồng',
    );
    expect(`${qualifierPrefix('en', 'less_than')}${formatMoney('en', 1950)}`).toBe(
      'less than VND 1.95 billion',
    );
    for (const value of [1150, 1949, 999.5, 1000.001, 630008, 36031, 219462]) {
      const text = formatMoney('en', value).replace(/[^\d.]/g, '');
      const scale = formatMoney('en', value).includes('billion') ? 1000 : 1;
      expect(Number(text) * scale).toBeCloseTo(value, 6);
    }
  });

  it('keeps the precision a source printed', () => {
    expect(formatRate('vi', 18.5, 2)).toBe('18,50%');
    expect(formatRate('en', 10.8, 2)).toBe('10.80%');
    expect(formatRate('vi', 19.93)).toBe('19,93%');
    expect(formatExact('vi', 0.125)).toBe('0,125');
    expect(formatExact('vi', 2540)).toBe('2.540');
    expect(decimalsOf(1e-7)).toBe(7);
  });

  it('shows -0 as 0', () => {
    expect(formatNumber('vi', -0)).toBe('0');
    expect(formatExact('en', -0)).toBe('0');
    expect(formatPercent('vi', -0)).toBe('0%');
  });

  it('rounds axis ticks, which are not published figures', () => {
    expect(formatMoneyTick('vi', 761692)).toBe('761,7 tỷ đồng');
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
