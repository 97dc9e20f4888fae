import { describe, expect, it } from 'vitest';
import { LANGS, pick } from './lang.ts';

describe('pick', () => {
  it('returns the text in each language', () => {
    const text = { vi: 'Nguồn vốn', en: 'Funding' };
    expect(LANGS.map((lang) => pick(text, lang))).toEqual(['Nguồn vốn', 'Funding']);
  });
});
