/** Files as Excel on Vietnamese Windows saves them: what is accepted, and what is explained. */
import { describe, expect, it } from 'vitest';
import { validateEdited } from '../../../test/helpers/fixtureDir.ts';

const withBom = (t: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)]);

describe('spreadsheet habits', () => {
  it('accepts UTF-8 with a byte-order mark', async () => {
    const { report } = await validateEdited({ 'areas.csv': withBom, 'poverty.csv': withBom });
    expect(report.errors).toEqual([]);
  });

  it('accepts CRLF line ends', async () => {
    const crlf = (t: string) => t.replace(/\n/g, '\r\n');
    const { report, tables } = await validateEdited({ 'poverty.csv': crlf, 'sources.csv': crlf });
    expect(report.errors).toEqual([]);
    expect(tables.sources[0]?.note_vi).toBe('Nguồn bịa ra để kiểm thử.');
    expect(tables.sources[0]?.note_en).toBe('Made-up source for tests.');
  });

  it('ignores trailing empty rows with a warning on each', async () => {
    const { report } = await validateEdited({
      'outputs.csv': (t) => `${t},,,,,,,,,,\n,,,,,,,,,,\n`,
    });
    expect(report.valid).toBe(true);
    expect(report.warnings.map((w) => [w.code, w.line])).toEqual([
      ['row/empty', 5],
      ['row/empty', 6],
    ]);
  });

  it('counts lines inside quoted multi-line notes, so later errors point at the right line', async () => {
    const note = '"first line\nsecond line"';
    const { report } = await validateEdited({
      'outputs.csv': (t) =>
        `${t}2019,2019,09,models,exact,1,test-report,stated,${note},${note},${note}\n2019,2019,09,workers_abroad,exact,x,test-report,stated,,,\n`,
    });
    // The quote and both notes hold a line break each: the row spans lines 5–8, the next is 9.
    expect(report.errors.map((e) => [e.code, e.line, e.column])).toEqual([
      ['cell/type', 9, 'value'],
    ]);
  });

  it('keeps codes as text: "058"-style codes keep their zeros in parsed rows', async () => {
    const { tables } = await validateEdited({});
    expect(tables.areas.map((a) => a.code)).toEqual(['09', '091', '092']);
    expect(tables.poverty[0]?.households_total).toBe(1000);
    expect(tables.poverty[3]?.households_total).toBeUndefined();
  });

  it('reports every cell problem in a file, not just the first', async () => {
    const { report } = await validateEdited({
      'outputs.csv': (t) =>
        `${t}2020,2020,09,models,exact,-5,test-report,stated,,,\n2020,2020,09,nope,about,x,test-report,stated,,,\n2020,2020,09,models,exact,1,nowhere,stated,,,\n`,
    });
    // Row rules (references, sums) run on rows whose cells are valid; every cell is checked.
    expect(report.errors.map((e) => `${e.line}:${e.column}:${e.code}`)).toEqual([
      '5:value:cell/range',
      '6:indicator:cell/enum',
      '6:value:cell/type',
      '7:source_id:ref/unknown-source',
    ]);
  });
});
