import { describe, expect, it } from 'vitest';
import { MissingTranslationError, noteIn } from './noteIn.ts';

describe('noteIn', () => {
  const both = { note_vi: 'Số liệu sơ bộ.', note_en: 'Preliminary figure.' };

  it('gives the note in the page language', () => {
    expect(noteIn('vi', both, 'row')).toBe('Số liệu sơ bộ.');
    expect(noteIn('en', both, 'row')).toBe('Preliminary figure.');
  });

  it('gives nothing for a row without a note', () => {
    expect(noteIn('vi', {}, 'row')).toBeUndefined();
    expect(noteIn('en', { note_vi: '', note_en: '' }, 'row')).toBeUndefined();
  });

  it('never falls back to the other language: a one-language note stops the build', () => {
    expect(() =>
      noteIn('vi', { note_en: 'Preliminary figure.' }, 'poverty.csv (2019, 062)'),
    ).toThrow(MissingTranslationError);
    expect(() => noteIn('vi', { note_en: 'x' }, 'poverty.csv (2019, 062)')).toThrow(
      /poverty\.csv \(2019, 062\).*note_vi is empty/,
    );
    expect(() => noteIn('en', { note_vi: 'x' }, 'sources.csv (a)')).toThrow(/note_en is empty/);
  });
});
