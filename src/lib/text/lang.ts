/**
 * The site's two languages and the one shape for text written in both. Framework-free so that
 * `src/lib` (which must not import `src/i18n`) and `src/i18n` share a single definition.
 */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in each language; every bilingual name, title or label in code has this shape. */
export type Bilingual = Record<Lang, string>;

/** The text in `lang`: the one way code picks a language out of a `Bilingual`. */
export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}
