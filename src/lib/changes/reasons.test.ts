import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  InvalidReasonsError,
  parseReasons,
  REASONS_FILE,
  reasonFromMessage,
  reasonOf,
} from './reasons.ts';

const HASH = 'ab'.repeat(20);

describe('reasonFromMessage', () => {
  it('reads Lý-do and Reason from the last paragraph only', () => {
    const message =
      'Fix the loader\n\nReason: not this one, it is in the body\n\nLý-do: Sửa số hộ nghèo\nReason: Corrected poor households';
    expect(reasonFromMessage(message)).toEqual({
      vi: 'Sửa số hộ nghèo',
      en: 'Corrected poor households',
    });
  });

  it('joins continuation lines and accepts the key without diacritic or in any case', () => {
    expect(reasonFromMessage('x\n\nly-do: Dòng một\n  dòng hai\nREASON: One\n two')).toEqual({
      vi: 'Dòng một dòng hai',
      en: 'One two',
    });
    // A decomposed "ý" (as some keyboards type it) is the same key.
    expect(reasonFromMessage('x\n\nLy\u0301-do: Có').vi).toBe('Có');
  });

  it('gives nothing for a message without them, or with them only in the subject', () => {
    expect(reasonFromMessage('Reason: subject only')).toEqual({});
    expect(reasonFromMessage('Data true to the source\n\nLong developer notes.')).toEqual({});
    expect(reasonFromMessage('x\n\nReason:   \nCo-authored-by: A <a@b>')).toEqual({});
  });

  it('reads CRLF messages and ignores other trailers', () => {
    expect(reasonFromMessage('x\r\n\r\nSigned-off-by: A <a@b>\r\nReason: Because\r\n')).toEqual({
      en: 'Because',
    });
  });
});

describe('parseReasons', () => {
  it('maps full hashes to reasons, with empty cells left out', () => {
    const reasons = parseReasons(
      `commit,reason_vi,reason_en\n${HASH.toUpperCase()},"Thêm, sửa",\n`,
    );
    expect(reasons.get(HASH)).toEqual({ vi: 'Thêm, sửa' });
  });

  it('refuses a wrong header, a short hash or a repeated commit', () => {
    expect(() => parseReasons('sha,vi,en\n')).toThrow(InvalidReasonsError);
    expect(() => parseReasons('commit,reason_vi,reason_en\nab5dc89,a,b\n')).toThrow(/line|:2:/);
    expect(() => parseReasons(`commit,reason_vi,reason_en\n${HASH},a,b\n${HASH},c,d\n`)).toThrow(
      /repeated/,
    );
  });

  it('reads the published reasons file, with both languages for every commit', () => {
    const reasons = parseReasons(readFileSync(REASONS_FILE, 'utf8'));
    expect(reasons.size).toBeGreaterThan(0);
    for (const reason of reasons.values()) {
      expect(reason.vi).toBeTruthy();
      expect(reason.en).toBeTruthy();
    }
  });
});

describe('reasonOf', () => {
  it('lets the file correct a committed reason, language by language', () => {
    const file = new Map([[HASH, { en: 'Corrected' }]]);
    expect(reasonOf(HASH, 's\n\nLý-do: Gốc\nReason: Original', file)).toEqual({
      vi: 'Gốc',
      en: 'Corrected',
    });
    expect(reasonOf('cd'.repeat(20), 'Developer message only', file)).toEqual({});
  });
});
