/**
 * Characters nobody can see: controls (NUL, escape sequences), zero-width spaces and joiners,
 * byte-order marks inside a cell, bidirectional overrides, separators and blank letters, in a
 * code, a name, a note (either language), a source quote, a title (either language) and an enum
 * value. Each is refused where it sits; a line break inside a quoted note or source quote is
 * legitimate and is published exactly as written.
 */
import { setCell } from '../setCell.ts';
import type { CorpusCase, ProblemCode, ValidatorCase } from '../corpusCase.ts';

interface Target {
  file: string;
  line: number;
  column: string;
  /** The valid value the invisible character is slipped into. */
  value: string;
}

// Lines past the first 200 bytes, where a NUL is not taken for UTF-16 (see `nulUpFront`).
const CODE: Target = { file: 'funding.csv', line: 3, column: 'area_code', value: '09' };
const SOURCE_ID: Target = { file: 'funding.csv', line: 3, column: 'source_id', value: 'test-long' };
const NAME: Target = { file: 'areas.csv', line: 4, column: 'name', value: 'Chợ Mẫu' };
const ENUM: Target = { file: 'poverty.csv', line: 4, column: 'status', value: 'final' };
// The first source has its note in both languages, as every note must (row/note-one-language).
const NOTE: Target = {
  file: 'sources.csv',
  line: 2,
  column: 'note_en',
  value: 'Made-up source for tests.',
};
const NOTE_VI: Target = {
  file: 'sources.csv',
  line: 2,
  column: 'note_vi',
  value: 'Nguồn bịa ra để kiểm thử.',
};
const QUOTE: Target = {
  file: 'poverty.csv',
  line: 4,
  column: 'source_quote',
  value: 'huyện còn 50 hộ nghèo, chiếm 12,5%',
};
const TITLE: Target = {
  file: 'sources.csv',
  line: 3,
  column: 'title',
  value: 'Tổng kết thử nghiệm 2009–2020 (synthetic)',
};
const TITLE_EN: Target = {
  file: 'sources.csv',
  line: 3,
  column: 'title_en',
  value: 'Test review 2009–2020 (synthetic)',
};

const INVISIBLE: ProblemCode = 'cell/invisible-character';

/** `character` inserted after the first `at` characters of the target's value. */
function slipped(
  name: string,
  t: Target,
  character: string,
  at = 1,
  code: ProblemCode | 'accepted' = INVISIBLE,
) {
  const raw = t.value.slice(0, at) + character + t.value.slice(at);
  const c: ValidatorCase = {
    kind: 'validate',
    name: `${name} in ${t.file} ${t.column}`,
    edits: { [t.file]: setCell(t.line, t.column, raw) },
    expect:
      code === 'accepted' ? 'accepted' : [{ code, file: t.file, line: t.line, column: t.column }],
    // The message names the character instead of a lookalike complaint.
    absent: code === INVISIBLE ? ['cell/enum', 'cell/format'] : [],
  };
  return c;
}

export const cases: CorpusCase[] = [
  slipped('NUL', CODE, '\u0000'),
  slipped('NUL', NAME, '\u0000'),
  slipped('NUL', NOTE, '\u0000', 9),
  slipped('NUL', ENUM, '\u0000', 5),
  slipped('escape sequence', NOTE, '\u001b[2J\u001b[31m', 4),
  slipped('escape sequence', NAME, '\u001b]0;pwned\u0007', 3),
  slipped('bell', SOURCE_ID, '\u0007', 4),
  slipped('delete', ENUM, '\u007f', 2),
  slipped('C1 control (CSI)', NOTE, '\u009b31m', 4),
  slipped('zero-width space', CODE, '\u200b'),
  slipped('zero-width space', NAME, '\u200b', 3),
  slipped('zero-width space', NOTE, '\u200b', 4),
  slipped('zero-width space', ENUM, '\u200b', 5),
  slipped('zero-width space', TITLE, '\u200b', 5),
  slipped('zero-width joiner', SOURCE_ID, '\u200d', 4),
  slipped('zero-width non-joiner', NAME, '\u200c', 3),
  slipped('word joiner', ENUM, '\u2060', 2),
  slipped('byte-order mark inside a cell', NAME, '\ufeff', 3),
  slipped('byte-order mark at the start of a cell', ENUM, '\ufeff', 0),
  slipped('byte-order mark at the end of a cell', CODE, '\ufeff', 2),
  slipped('right-to-left override', NAME, '\u202e', 0),
  slipped('right-to-left override', NOTE, '\u202egnp.exe', 9),
  slipped('right-to-left override', CODE, '\u202e', 1),
  slipped('left-to-right override', TITLE, '\u202d', 0),
  slipped('right-to-left isolate', ENUM, '\u2067', 0),
  slipped('right-to-left mark', NAME, '\u200f', 3),
  slipped('soft hyphen', SOURCE_ID, '\u00ad', 4),
  slipped('Hangul filler (a blank letter)', NAME, '\u3164', 3),
  slipped('tag character', NOTE, '\u{e0041}', 4),
  slipped('line separator', NOTE, '\u2028', 4),
  slipped('variation selector', ENUM, '\ufe0f', 3),
  slipped('tab', NOTE, '\t', 4),
  slipped('tab', NAME, '\t', 3),
  slipped('no-break space', NAME, '\u00a0', 3),
  slipped('no-break space', CODE, '\u00a0', 1),
  slipped('no-break space', ENUM, '\u00a0', 2),
  slipped('line break', NAME, '\n', 3),
  slipped('line break', TITLE, '\n', 5),
  slipped('NUL', NOTE_VI, '\u0000', 4),
  slipped('zero-width space', NOTE_VI, '\u200b', 4),
  slipped('right-to-left override', NOTE_VI, '\u202e', 0),
  slipped('escape sequence', QUOTE, '\u001b[2J', 5),
  slipped('zero-width space', QUOTE, '\u200b', 5),
  slipped('left-to-right override', QUOTE, '\u202d', 0),
  slipped('tab', QUOTE, '\t', 5),
  slipped('zero-width space', TITLE_EN, '\u200b', 4),
  slipped('right-to-left override', TITLE_EN, '\u202e', 0),
  slipped('line break', TITLE_EN, '\n', 4),
  // A NUL among the first bytes makes the file look like UTF-16: refused as a whole file.
  {
    kind: 'validate',
    name: 'NUL in the first line of a file',
    edits: { 'targets.csv': (t) => t.replace('target_value,', 'target_value\u0000,') },
    expect: [{ code: 'file/utf16', file: 'targets.csv', line: 1 }],
  },
  // Legitimate: a line break inside a quoted note, also as CRLF; a no-break space in a note.
  slipped('line break inside a quoted note', NOTE, '\n', 9, 'accepted'),
  slipped('CRLF inside a quoted note', NOTE, '\r\n', 9, 'accepted'),
  slipped('no-break space in a note', NOTE, '\u00a0', 4, 'accepted'),
  slipped('no-break space in a title', TITLE, '\u00a0', 5, 'accepted'),
  slipped('line break inside a quoted note', NOTE_VI, '\n', 4, 'accepted'),
  slipped('line break inside a quoted source quote', QUOTE, '\n', 5, 'accepted'),
  slipped('CRLF inside a quoted source quote', QUOTE, '\r\n', 5, 'accepted'),
  slipped('no-break space in a title', TITLE_EN, '\u00a0', 4, 'accepted'),
  {
    kind: 'validate',
    name: 'the text "<U+200B>" typed literally',
    edits: { 'sources.csv': setCell(NOTE.line, NOTE.column, 'Shown as <U+200B>.') },
    expect: 'accepted',
  },
];
