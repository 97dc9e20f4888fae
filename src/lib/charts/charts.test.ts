/**
 * Each chart type drawn from a fixed fixture: structure checked, and the whole SVG snapshotted as
 * a formatted .svg file in __snapshots__/ that a reviewer can open (`vitest run -u` rewrites them).
 */
import { describe, expect, it } from 'vitest';
import { formatSvg, unformatSvg } from '../../../test/helpers/formatSvg.ts';
import { renderBarChart } from './barChart.ts';
import { renderLineChart, type LineChartInput } from './lineChart.ts';
import { renderSmallMultiples } from './smallMultiples.ts';
import { flowLegend, SIZES } from './svg.ts';

const legendLabels = {
  final: 'final',
  preliminary: 'preliminary',
  unspecified: 'unstated',
  target: 'target',
};
const fmt = (v: number) => `${v}%`;

const LINE: LineChartInput = {
  id: 'fixture-line',
  title: 'Poverty rate <test> & co',
  desc: 'A fixture',
  xDomain: [2015, 2020],
  yLabel: '%',
  formatY: fmt,
  legendLabels,
  series: [
    {
      id: 'a',
      label: 'District',
      color: '#D55E00',
      points: [
        { x: 2015, y: 50, status: 'unspecified' },
        { x: 2016, y: 46, status: 'final' },
        { x: 2017, y: undefined },
        { x: 2018, y: 38, status: 'final' },
        { x: 2019, y: 34, status: 'preliminary', tip: 'District, 2019: 34%' },
        { x: 2020, y: undefined },
      ],
    },
  ],
  targets: [{ from: 2020, to: 2020, value: 30, label: 'target 2020: 30%' }],
};

describe('renderLineChart', () => {
  const svg = renderLineChart(LINE, SIZES.wide);

  it('is an accessible image named by its title and description, with text escaped', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="fixture-line-t fixture-line-d"/);
    expect(svg).toContain('<title id="fixture-line-t">Poverty rate &lt;test&gt; &amp; co</title>');
  });

  it('breaks the line at a gap instead of bridging it', () => {
    const path = /<path d="([^"]+)" fill="none" stroke="#D55E00"/.exec(svg)![1]!;
    expect(path.match(/M/g)).toHaveLength(2); // 2015–2016, then 2018–2019: two segments
  });

  it('marks statuses: hollow preliminary, square unstated, filled final; the target dashed', () => {
    expect(svg).toContain(
      'fill="#fff" stroke="#D55E00" stroke-width="2" data-tip="District, 2019: 34%"',
    );
    expect(svg).toMatch(/<rect [^>]*fill="#D55E00"/);
    expect(svg).toContain('stroke-dasharray="6 4"><title>target 2020: 30%</title>');
  });

  it('draws the same SVG every time (snapshot)', async () => {
    // The file is the drawing itself, only laid out: joined back, it is byte for byte the same.
    expect(unformatSvg(formatSvg(svg))).toBe(svg);
    await expect(formatSvg(svg)).toMatchFileSnapshot('__snapshots__/line-wide.svg');
    await expect(formatSvg(renderLineChart(LINE, SIZES.narrow))).toMatchFileSnapshot(
      '__snapshots__/line-narrow.svg',
    );
  });
});

describe('renderBarChart', () => {
  const input = {
    id: 'fixture-bar',
    title: 'Money',
    desc: 'Fixture',
    measures: [
      { key: 'allocated', label: 'Allocated', color: '#56B4E9' },
      { key: 'disbursed', label: 'Disbursed', color: '#0072B2' },
    ],
    groups: [
      { label: 'DA1 (2016–2020)', values: { allocated: 1000, disbursed: 800 } },
      {
        label: 'DA2 (2016)',
        values: { allocated: 500, disbursed: undefined },
        qualifier: 'more than ',
      },
    ],
    formatValue: (v: number) => `${v} m`,
    notPublished: 'not published',
    targetLabel: 'target',
  };

  it('writes out an unpublished value instead of drawing zero, and keeps the qualifier', async () => {
    const svg = renderBarChart(input, SIZES.wide);
    expect(svg).toContain('Disbursed: not published');
    expect(svg).toContain('Allocated: more than 500 m');
    await expect(formatSvg(svg)).toMatchFileSnapshot('__snapshots__/bar-wide.svg');
  });

  it('scales bars on one axis, or per group for results against targets', () => {
    const widths = (svg: string) =>
      [...svg.matchAll(/<rect x="8" y="[\d.]+" width="([\d.]+)" height="14"/g)].map((m) =>
        Number(m[1]),
      );
    const shared = widths(renderBarChart(input, SIZES.wide));
    expect(shared[1]! / shared[0]!).toBeCloseTo(0.8, 1);
    const bullet = renderBarChart(
      {
        ...input,
        measures: [input.measures[0]!],
        groups: [
          { label: 'a', values: { allocated: 50 }, target: 100 },
          { label: 'b', values: { allocated: 5000 }, target: 5000 },
        ],
        scalePerGroup: true,
      },
      SIZES.wide,
    );
    const [a, b] = widths(bullet);
    expect(a! / b!).toBeCloseTo(0.5, 1);
  });
});

describe('renderSmallMultiples', () => {
  it('draws one panel per area on a shared scale and says when a panel has no data', async () => {
    const svg = renderSmallMultiples(
      {
        id: 'fixture-sm',
        title: 'Districts',
        desc: 'Fixture',
        xDomain: [2015, 2020],
        formatY: fmt,
        noData: 'no data',
        panels: [
          {
            label: 'A',
            points: [
              { x: 2015, y: 40 },
              { x: 2016, y: 35 },
            ],
          },
          { label: 'B', points: [{ x: 2015, y: undefined }] },
        ],
        reference: {
          label: 'Province',
          points: [
            { x: 2015, y: 30 },
            { x: 2020, y: 20 },
          ],
        },
      },
      SIZES.narrow,
    );
    expect(svg).toContain('>no data</text>');
    expect(svg.match(/font-weight="600"/g)).toHaveLength(2);
    await expect(formatSvg(svg)).toMatchFileSnapshot('__snapshots__/small-multiples-narrow.svg');
  });
});

describe('flowLegend', () => {
  it('wraps items onto new rows when they would overflow', () => {
    const layout = flowLegend(
      ['a long legend label here', 'another long legend label', 'x'],
      0,
      300,
    );
    expect(layout.rows).toBe(2);
    expect(layout.positions[1]).toEqual({ x: 0, row: 1 });
  });
});
