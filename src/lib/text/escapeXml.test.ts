import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderBarChart } from '../charts/barChart.ts';
import { renderLineChart } from '../charts/lineChart.ts';
import { renderSmallMultiples } from '../charts/smallMultiples.ts';
import { SIZES } from '../charts/svg.ts';
import { escapeXml } from './escapeXml.ts';

/** Characters XML 1.0 cannot hold at all (its Char production), escaped or not. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Well-formed, and only characters XML allows (the validator does not check those). */
function expectWellFormed(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toMatch(NOT_XML);
}

describe('escapeXml', () => {
  it('escapes the five special characters and drops what XML cannot hold', () => {
    expect(escapeXml('a\u0001b\u0008c<"\'>&')).toBe('abc&lt;&quot;&apos;&gt;&amp;');
    expect(escapeXml('tab\there\nnew line')).toBe('tab\there\nnew line');
  });

  // A text cell may hold any character (schemas/fields.ts), and labels come from the data.
  const label = 'Xã <Bằng> & "Phúc"\u0001\u000B\u001F';

  it('keeps every chart drawn from such a label well-formed XML', () => {
    const points = [{ x: 2016, y: 20, status: 'final' as const, tip: label }];
    expectWellFormed(
      renderLineChart(
        {
          id: 'c',
          title: label,
          desc: label,
          series: [{ id: label, label, color: '#000', points }],
          targets: [{ from: 2016, to: 2020, value: 10, label }],
          xDomain: [2015, 2020],
          yLabel: '%',
          formatY: (v) => `${v}`,
          legendLabels: { final: label, preliminary: label, unspecified: label, target: label },
        },
        SIZES.wide,
      ),
    );
    expectWellFormed(
      renderBarChart(
        {
          id: 'b',
          title: label,
          desc: label,
          measures: [{ key: 'a', label, color: '#000' }],
          groups: [{ label, qualifier: label, values: { a: 5 }, target: 9 }],
          formatValue: (v) => `${v}`,
          notPublished: label,
          targetLabel: label,
        },
        SIZES.narrow,
      ),
    );
    expectWellFormed(
      renderSmallMultiples(
        {
          id: 'm',
          title: label,
          desc: label,
          panels: [{ label, points }],
          reference: { label, points },
          xDomain: [2015, 2020],
          formatY: (v) => `${v}`,
          noData: label,
        },
        SIZES.wide,
      ),
    );
  });

  it('would let a control character through without it (the check can fail)', () => {
    expect(`<svg><text>${label}</text></svg>`).toMatch(NOT_XML);
  });
});
