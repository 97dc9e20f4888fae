/**
 * Characters a person cannot see in a cell: controls (NUL, ESC, tab…), format characters
 * (zero-width spaces, byte-order marks, right-to-left overrides), line and paragraph separators,
 * and the blank "letters" and selectors that render as nothing. A cell holding one looks exactly
 * like a cell without it, yet sorts, matches and links differently, and an escape sequence can
 * repaint a terminal. The validator refuses them; messages show them as `<U+XXXX>`.
 */

/** Always invisible; tab, line feed and carriage return included. */
const HIDDEN_CLASS = String.raw`\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\ufe00-\ufe0f\uffa0\u{e0100}-\u{e01ef}`;

/** Spaces other than U+0020 that look like it (no-break, thin, ideographic…). */
const ODD_SPACE_CLASS = String.raw`\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000`;

/* eslint-disable no-misleading-character-class -- the classes list combining joiners and
   variation selectors on purpose: each is matched, and refused, on its own */
/** Refused in codes, enums and one-line text. */
export const HIDDEN = new RegExp(`[${HIDDEN_CLASS}]`, 'u');

/** Refused in notes, where a line break inside the quoted cell is legitimate. */
export const HIDDEN_EXCEPT_NEWLINE = new RegExp(`(?![\\n\\r])[${HIDDEN_CLASS}]`, 'u');

/** Refused in names, which must also match and sort exactly: no look-alike spaces either. */
export const HIDDEN_OR_ODD_SPACE = new RegExp(`[${HIDDEN_CLASS}${ODD_SPACE_CLASS}]`, 'u');

/**
 * Everything a message renders as a code point: the hidden characters, look-alike spaces,
 * private-use, unassigned and lone surrogate code points.
 */
export const SHOWN_AS_CODE_POINT = new RegExp(
  `[${HIDDEN_CLASS}${ODD_SPACE_CLASS}\\p{Co}\\p{Cn}\\p{Cs}]`,
  'gu',
);

/* eslint-enable no-misleading-character-class */

/** The code units `plainUnit` accepts, as a regex character class body (for generated code). */
export const PLAIN_UNIT_CLASS = String.raw`\u0020-\u007e\u00c0-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e`;

/**
 * Whether a UTF-16 code unit lies where none of the classes above has a member, so a cell made
 * only of such units matches none of HIDDEN, HIDDEN_EXCEPT_NEWLINE and HIDDEN_OR_ODD_SPACE:
 * printable ASCII; Latin-1 letters from U+00C0 through Latin Extended-A and B, IPA and spacing
 * modifiers (U+02FF; the soft hyphen U+00AD and no-break space U+00A0 lie below); Latin Extended
 * Additional, where Vietnamese's precomposed letters are; dashes, quotes and the ellipsis
 * (U+2010–U+2027) and U+2030–U+205E (between the bidi controls and U+205F's medium space).
 * characters.test.ts checks every code unit of these ranges against the three regexes.
 */
export function plainUnit(c: number): boolean {
  // The same ranges as PLAIN_UNIT_CLASS (characters.test.ts holds the two together).
  return (
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xc0 && c <= 0x2ff) ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e)
  );
}

/**
 * `refused.test(raw)`, with a char-code scan first: a cell of plain units (almost every cell:
 * ASCII and NFC Vietnamese) cannot match, so the Unicode-property regex runs only on cells that
 * hold something else — and then decides exactly as before.
 */
export function hasRefused(raw: string, refused: RegExp): boolean {
  for (let i = 0; i < raw.length; i++) {
    if (!plainUnit(raw.charCodeAt(i))) return refused.test(raw);
  }
  return false;
}

/** `U+200B` for a zero-width space. */
export function codePointLabel(character: string): string {
  const hex = (character.codePointAt(0) ?? 0).toString(16).toUpperCase();
  return `U+${hex.padStart(4, '0')}`;
}

/** The distinct characters of `raw` that a column refuses, labelled. */
export function refusedCharacters(raw: string, refused: (character: string) => boolean): string[] {
  const labels = new Set<string>();
  for (const character of raw) if (refused(character)) labels.add(codePointLabel(character));
  return [...labels];
}
