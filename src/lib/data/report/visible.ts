/**
 * The one way a value from a data file is written for people: every invisible, control or
 * look-alike character as `<U+XXXX>`, so "final<U+200B>" no longer looks like "final" and an
 * escape sequence in a cell can never reach, or repaint, a terminal. The JSON report keeps the
 * exact value; only text meant to be read goes through here.
 */
import { codePointLabel, SHOWN_AS_CODE_POINT } from '../../schemas/characters.ts';

export function visible(value: string): string {
  return value.replace(SHOWN_AS_CODE_POINT, (character) => `<${codePointLabel(character)}>`);
}
