import { describe, expect, it } from 'vitest';
import { entryHeading, reasonText } from './changeText.ts';

const entry = {
  date: '2026-02-03T09:00:00+07:00',
  files: [{ dataset: 'sources' as const }, { dataset: 'poverty' as const }],
  reason: { en: 'Source title corrected' },
};

describe('entryHeading', () => {
  it('says when and which datasets changed, in the page language', () => {
    expect(entryHeading('vi', entry as never)).toBe(
      'Thay đổi ngày 3/2/2026: Nguồn tài liệu; Hộ nghèo, hộ cận nghèo',
    );
    expect(entryHeading('en', entry as never)).toMatch(/^Change of .*2026: Sources; /);
  });
});

describe('reasonText', () => {
  it('falls back to the other language, marked as such', () => {
    expect(reasonText('vi', entry)).toEqual({ text: 'Source title corrected', lang: 'en' });
    expect(reasonText('en', entry)).toEqual({ text: 'Source title corrected', lang: 'en' });
    expect(reasonText('vi', { reason: {} })).toBeUndefined();
  });
});
