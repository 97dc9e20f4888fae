/**
 * A row's note in the page's language. Every note is written twice (note_vi, note_en); a page
 * never falls back to the other language, so a note present in one language only is a gap in the
 * data and stops the build, naming the row, rather than showing English on a Vietnamese page.
 */
import type { Lang } from '../lib/text/lang.ts';

interface Notes {
  note_vi?: string | undefined;
  note_en?: string | undefined;
}

export class MissingTranslationError extends Error {}

/**
 * The note to show on a `lang` page, or undefined when the row has none. `where` names the row
 * (file and key) for the error message.
 */
export function noteIn(lang: Lang, row: Notes, where: string): string | undefined {
  const own = lang === 'vi' ? row.note_vi : row.note_en;
  const other = lang === 'vi' ? row.note_en : row.note_vi;
  if (!own && other) {
    const [column, missing] = lang === 'vi' ? ['note_vi', 'Vietnamese'] : ['note_en', 'English'];
    throw new MissingTranslationError(
      `${where}: the note has no ${missing} text (${column} is empty) while the other language has one; write ${column} so the ${lang === 'vi' ? 'Vietnamese' : 'English'} pages can show it.`,
    );
  }
  return own || undefined;
}
