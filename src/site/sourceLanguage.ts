/**
 * The language a source is written in, so its title and the quotes taken from it carry the right
 * `lang` (screen readers switch voice on it; search engines read it). sources.csv has no language
 * column, so it is read from what the row already states: an English printed title, or a supplied
 * title that says the document is in English.
 */
import type { Lang } from '../lib/text/lang.ts';

interface SourceTitles {
  title: string;
  title_en: string;
}

/** Letters only Vietnamese uses among Latin scripts (and any combining mark): a Vietnamese text. */
const VIETNAMESE_LETTER = /[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹ]|\p{M}/iu;

/** A title supplied by the compilers, where none was printed, is in [square brackets]. */
export function isSuppliedTitle(title: string): boolean {
  return title.startsWith('[') && title.endsWith(']');
}

/**
 * `en` for an English-language source, otherwise `vi`. A printed title is English when the
 * English title repeats it and it has no Vietnamese letter; a supplied title records the language
 * in its own words ("[Bài viết tiếng Anh về …]", "English-language article on …").
 */
export function sourceLanguage(source: SourceTitles): Lang {
  if (isSuppliedTitle(source.title)) {
    return /tiếng Anh/iu.test(source.title) || /\bEnglish-language\b/u.test(source.title_en)
      ? 'en'
      : 'vi';
  }
  return source.title === source.title_en && !VIETNAMESE_LETTER.test(source.title) ? 'en' : 'vi';
}

/** The language of the `title` cell: a supplied title is the compilers' Vietnamese description. */
export function titleLanguage(source: SourceTitles): Lang {
  return isSuppliedTitle(source.title) ? 'vi' : sourceLanguage(source);
}
