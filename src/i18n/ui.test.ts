import { describe, expect, it } from 'vitest';
import { t, UI } from './ui.ts';

describe('UI strings', () => {
  it('has the same keys and placeholders in Vietnamese and English', () => {
    expect(Object.keys(UI.en).sort()).toEqual(Object.keys(UI.vi).sort());
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(UI.vi) as (keyof typeof UI.vi)[]) {
      expect(placeholders(UI.en[key]), key).toEqual(placeholders(UI.vi[key]));
    }
  });

  it('fills placeholders', () => {
    expect(t('vi', 'site.name', { province: 'Bắc Kạn' })).toBe('Giảm nghèo bền vững Bắc Kạn');
    expect(t('en', 'common.endOfYear', { year: 2019 })).toBe('end of 2019');
  });
});
