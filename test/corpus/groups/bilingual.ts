/** Notes must reach readers of both languages: one written in only one is refused, located. */
import { appendLine } from '../../helpers/fixtureDir.ts';
import type { CorpusCase } from '../corpusCase.ts';

const row = (note_vi: string, note_en: string) =>
  `2020,2020,091,poverty_rate_pct,exact,3,,test-report,stated,,${note_vi},${note_en}`;

export const cases: CorpusCase[] = [
  {
    kind: 'validate',
    name: 'a note in Vietnamese only',
    edits: { 'targets.csv': appendLine(row('Chỉ có tiếng Việt', '')) },
    expect: [{ code: 'row/note-one-language', file: 'targets.csv', line: 4, column: 'note_en' }],
  },
  {
    kind: 'validate',
    name: 'a note in English only',
    edits: { 'targets.csv': appendLine(row('', 'English only')) },
    expect: [{ code: 'row/note-one-language', file: 'targets.csv', line: 4, column: 'note_vi' }],
  },
  {
    kind: 'validate',
    name: 'a note in both languages',
    edits: { 'targets.csv': appendLine(row('Có cả hai', 'Both')) },
    expect: 'accepted',
  },
];
