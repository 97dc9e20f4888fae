import { describe, expect, it } from 'vitest';
import { makeProblem } from '../makeProblem.ts';
import { toReport } from '../problem.ts';
import { formatGithub } from './formatGithub.ts';
import { formatJson } from './formatJson.ts';
import { formatText } from './formatText.ts';
import { visible } from './visible.ts';

describe('visible', () => {
  it.each([
    ['final', 'final'],
    ['Bắc Kạn', 'Bắc Kạn'],
    ['final\u200b', 'final<U+200B>'],
    ['\u202eabc', '<U+202E>abc'],
    ['a\u0000b', 'a<U+0000>b'],
    ['\u001b[2J', '<U+001B>[2J'],
    ['a\tb\nc\r', 'a<U+0009>b<U+000A>c<U+000D>'],
    ['\ufeff06', '<U+FEFF>06'],
    ['1\u00a0234', '1<U+00A0>234'],
    ['a\u2028b', 'a<U+2028>b'],
    ['\u0085\u009b', '<U+0085><U+009B>'],
    ['x\u{e0041}', 'x<U+E0041>'],
    ['x\ud800', 'x<U+D800>'],
    ['\ue000', '<U+E000>'],
    ['ا\u200fب', 'ا<U+200F>ب'],
  ])('%j → %j', (raw, shown) => {
    expect(visible(raw)).toBe(shown);
  });

  it('is idempotent', () => {
    const once = visible('a\u200b\u001bb');
    expect(visible(once)).toBe(once);
  });
});

describe('reports of a value with control characters', () => {
  const raw = 'x\u001b[2J\u001b]0;pwned\u0007\u202e\u0000';
  const report = toReport([
    makeProblem('data/areas.csv', {
      code: 'cell/invisible-character',
      line: 3,
      column: 'name',
      column_number: 4,
      value: raw,
      characters: 'U+001B, U+0007, U+202E, U+0000',
    }),
    // A file name is printed outside any message: the formatter itself must make it visible.
    makeProblem('data/geo/\u001b[31mred.geojson', { code: 'geo/structure' }),
  ]);
  // Any C0/C1 control, bidi control or zero-width character, other than the line breaks between lines.
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

  it.each([
    ['text vi', formatText(report, 'vi', 1)],
    ['text en', formatText(report, 'en', 1)],
    ['github', formatGithub(report, 'vi', 1)],
  ])('%s prints none of them raw', (_, out) => {
    expect(out).not.toMatch(RAW);
    expect(out).toContain('x<U+001B>[2J<U+001B>]0;pwned<U+0007><U+202E><U+0000>');
  });

  it('keeps the exact value in the JSON report', () => {
    const json = JSON.parse(formatJson(report)) as { errors: { value: string }[] };
    expect(json.errors[0]?.value).toBe(raw);
  });

  it('shows the characters in both messages', () => {
    expect(report.errors[0]?.message_vi).toContain('<U+202E>');
    expect(report.errors[0]?.message_en).toContain('<U+202E>');
  });
});
