/**
 * A note is shown in the reader's language, never the other one: so a row with a note has it in
 * both, or a reader of one language would miss a caveat the other is told.
 */
import type { RowRule } from './context.ts';

export const notesInBothLanguages: RowRule<{ note_vi?: string; note_en?: string }> = (row, at) => {
  if (row.note_vi !== undefined && row.note_en === undefined) {
    at.cell('note_en', { code: 'row/note-one-language', value: '', writtenIn: 'note_vi' });
  } else if (row.note_en !== undefined && row.note_vi === undefined) {
    at.cell('note_vi', { code: 'row/note-one-language', value: '', writtenIn: 'note_en' });
  }
};
