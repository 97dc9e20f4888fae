import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HIDDEN,
  HIDDEN_EXCEPT_NEWLINE,
  HIDDEN_OR_ODD_SPACE,
  PLAIN_UNIT_CLASS,
  hasRefused,
  plainUnit,
} from './characters.ts';

const CLASSES = { HIDDEN, HIDDEN_EXCEPT_NEWLINE, HIDDEN_OR_ODD_SPACE };

describe('hasRefused (the char-code scan before the regex)', () => {
  it.each(Object.entries(CLASSES))(
    'agrees with %s on every code unit, alone and inside Vietnamese text',
    (_name, regex) => {
      const disagree: string[] = [];
      for (let c = 0; c <= 0xffff; c++) {
        const ch = String.fromCharCode(c);
        for (const raw of [ch, `Bắc ${ch} Kạn`]) {
          if (hasRefused(raw, regex) !== regex.test(raw)) disagree.push(c.toString(16));
        }
      }
      expect(disagree).toEqual([]);
    },
  );

  it.each(Object.entries(CLASSES))('agrees with %s on astral characters', (_name, regex) => {
    for (const cp of [0xe0100, 0xe01ef, 0xe0001, 0x1f600, 0x10ffff, 0x2a6d6]) {
      const raw = `x${String.fromCodePoint(cp)}y`;
      expect(hasRefused(raw, regex)).toBe(regex.test(raw));
    }
  });

  it.each(Object.entries(CLASSES))('agrees with %s on random mixed text', (_name, regex) => {
    const unit = fc.oneof(
      fc.constantFrom(...'aZ0 ,.ăâđêôơưạảấầẩẫậệỹ\u2013\u201c\u2026\n\r\t'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('\u200b', '\u00a0', '\u202e', '\u034f', '\ufeff', '\u{e0100}', '\u2028'),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const raw = units.join('');
        expect(hasRefused(raw, regex)).toBe(regex.test(raw));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('PLAIN_UNIT_CLASS', () => {
  it('holds exactly the code units plainUnit accepts', () => {
    const inClass = new RegExp(`^[${PLAIN_UNIT_CLASS}]$`);
    const disagree: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (inClass.test(String.fromCharCode(c)) !== plainUnit(c)) disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
  });
});
