import { describe, expect, it } from 'vitest';
import { scanSheet, workbookSheets } from './scanWorkbook.ts';
import { WorkbookRefused } from './unzipBounded.ts';

const sheetXml = (rows: string) =>
  `<?xml version="1.0"?><worksheet xmlns="x"><dimension ref="A1"/><sheetData>${rows}</sheetData></worksheet>`;

describe('workbookSheets', () => {
  it('reads names, visibility and parts, with any namespace prefix and escaped names', () => {
    const workbook = `<x:workbook xmlns:x="a" xmlns:r="b"><x:sheets>
      <x:sheet name="poverty" sheetId="1" state="hidden" r:id="rId1"/>
      <x:sheet name="Lao &amp; Cai" sheetId="2" r:id="rId2"/>
      <x:sheet state="veryHidden" name="secret" sheetId="3" r:id="rId3"/>
    </x:sheets></x:workbook>`;
    const rels = `<Relationships>
      <Relationship Id="rId1" Type="w" Target="worksheets/sheet1.xml"/>
      <Relationship Id="rId2" Type="w" Target="/xl/worksheets/sheet2.xml"/>
      <Relationship Id="rId3" Type="w" Target="./worksheets/../worksheets/sheet3.xml"/>
    </Relationships>`;
    expect(workbookSheets(workbook, rels)).toEqual([
      { name: 'poverty', hidden: true, part: 'xl/worksheets/sheet1.xml' },
      { name: 'Lao & Cai', hidden: false, part: 'xl/worksheets/sheet2.xml' },
      { name: 'secret', hidden: true, part: 'xl/worksheets/sheet3.xml' },
    ]);
  });
});

describe('scanSheet', () => {
  it('counts cells and how far they reach', () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>2</v></c></row><row r="4"><c r="B4" s="1"/></row>',
    );
    expect(scanSheet(xml, 's', 100)).toEqual({
      cells: 3,
      rows: 4,
      columns: 3,
      unreadable: [],
      unreadableCount: 0,
    });
  });

  it('names formulas with no saved value and Excel errors, not formulas with a value', () => {
    const xml = sheetXml(
      '<row r="2">' +
        '<c r="A2"><f>1+1</f><v>2</v></c>' + // calculated: the value is there
        '<c r="B2" t="str"><f>A1&amp;""</f><v></v></c>' + // calculated to an empty string
        '<c r="C2"><f>SUM(A1:A9)</f></c>' + // never calculated
        '<c r="D2"><f t="shared" si="0"/></c>' + // a shared formula, never calculated
        '<c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c>' + // an Excel error
        '</row>',
    );
    const scan = scanSheet(xml, 's', 100);
    expect(scan.unreadable).toEqual([
      { cell: 'C2', kind: 'formula' },
      { cell: 'D2', kind: 'formula' },
      { cell: 'E2', kind: 'error', value: '#DIV/0!' },
    ]);
    expect(scan.unreadableCount).toBe(3);
  });

  it('places cells without an r attribute by their order', () => {
    const xml = sheetXml('<row><c><v>1</v></c><c><f>X</f></c></row><row><c/></row>');
    expect(scanSheet(xml, 's', 100)).toMatchObject({
      cells: 3,
      rows: 2,
      columns: 2,
      unreadable: [{ cell: 'B1', kind: 'formula' }],
    });
  });

  it('refuses a single far cell that would make the reader build a huge grid, quickly', () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
    );
    const started = performance.now();
    let error: unknown;
    try {
      scanSheet(xml, 'poverty', 500_000);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookRefused);
    expect((error as WorkbookRefused).limit).toEqual({ name: 'maxCells', value: 500_000 });
    expect((error as WorkbookRefused).message_en).toContain('XFD1048576');
    expect((error as WorkbookRefused).message_vi).toContain('"poverty"');
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('stops counting as soon as a sheet passes the cell limit', () => {
    const xml = sheetXml(`<row r="1">${'<c/>'.repeat(1000)}</row>`);
    expect(() => scanSheet(xml, 's', 999)).toThrow(WorkbookRefused);
    expect(scanSheet(xml, 's', 1000).cells).toBe(1000);
  });
});
