import { describe, expect, it } from 'vitest';
import type { Tables } from '../../../src/lib/data/validateDirectory.ts';
import { languageProblems, languageRules } from './languageRules.ts';

const tables = {
  sources: [
    {
      id: 's1',
      title: 'Năm 2019, giảm 1.432 hộ nghèo',
      title_en: 'In 2019, poor households fell by 1,432',
      note_vi: 'Không ghi ngày.',
      note_en: 'Undated.',
    },
  ],
  poverty: [
    {
      year: 2019,
      area_code: '062',
      source_id: 's1',
      note_vi: 'Kết quả sơ bộ rà soát.',
      note_en: 'Preliminary review result.',
    },
  ],
  funding: [],
  outputs: [],
  targets: [],
  designations: [],
} as unknown as Tables;
const rules = languageRules(tables, new Set(['062']));

describe('languageProblems', () => {
  it('passes a Vietnamese page showing Vietnamese notes in Vietnamese', () => {
    const texts = [
      { text: 'Năm 2019, giảm 1.432 hộ nghèo', lang: 'vi' },
      { text: 'Không ghi ngày.', lang: 'vi' },
    ];
    expect(languageProblems(rules, '/nguon/', 'vi', texts)).toEqual([]);
  });

  it('fails a Vietnamese page showing an English note or title', () => {
    const texts = [
      { text: 'In 2019, poor households fell by 1,432', lang: 'vi' },
      { text: 'Không ghi ngày.', lang: 'vi' },
      { text: 'Undated.', lang: 'en' },
    ];
    const problems = languageProblems(rules, '/nguon/', 'vi', texts);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/title_en/);
    expect(problems.join('\n')).toMatch(/note_en/);
  });

  it('fails a Vietnamese note marked as another language', () => {
    const texts = [{ text: 'Không ghi ngày.', lang: 'en' }];
    expect(languageProblems(rules, '/nguon/', 'vi', texts)).toEqual([
      expect.stringMatching(/note_vi is inside lang="en"/),
    ]);
  });

  it('fails a page that leaves out the notes it must show', () => {
    expect(languageProblems(rules, '/dia-ban/062/', 'vi', [])).toEqual([
      expect.stringMatching(/does not show poverty\.csv 2019 062 s1 note_vi/),
    ]);
    expect(languageProblems(rules, '/en/sources/', 'en', [])).toEqual([
      expect.stringMatching(/does not show sources\.csv s1 note_en/),
    ]);
  });

  it('lets the change log show the other language only when marked with it', () => {
    const marked = [{ text: 'Preliminary review result.', lang: 'en' }];
    const unmarked = [{ text: 'Preliminary review result.', lang: '' }];
    expect(languageProblems(rules, '/thay-doi/', 'vi', marked, true)).toEqual([]);
    expect(languageProblems(rules, '/thay-doi/', 'vi', unmarked, true)).toHaveLength(1);
    expect(languageProblems(rules, '/thay-doi/', 'vi', marked, false)).toHaveLength(1);
  });

  it('reads whitespace as the reader sees it', () => {
    const texts = [{ text: 'Kết quả  sơ bộ\nrà soát.', lang: 'vi' }];
    expect(languageProblems(rules, '/dia-ban/062/', 'vi', texts)).toEqual([]);
  });
});
