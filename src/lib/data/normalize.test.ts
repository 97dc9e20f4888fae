import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { columnsOf, DATASETS, type DatasetName } from '../schemas/datasets.ts';
import { decodeForNormalize, normalizeCsv } from './normalize.ts';

// Columns from the schemas, so the tests follow the datasets as they change.
const names = (d: DatasetName) => columnsOf(DATASETS[d]).map((c) => c.name);
/** A row of dataset `d` in column order, with the given cells and the rest empty. */
const row = (d: DatasetName, cells: Record<string, string>, delimiter = ',') =>
  names(d)
    .map((n) => cells[n] ?? '')
    .join(delimiter);
const OUTPUTS = names('outputs');
const HEADER = OUTPUTS.join(',');
/** The first free-text column of outputs. */
const NOTE = OUTPUTS.find((c) => c.startsWith('note'))!;

describe('normalizeCsv', () => {
  it('turns a vi-VN Excel export (semicolons, decimal commas, CRLF) into canonical CSV', () => {
    const typed = { year_from: '2020', year_to: '2020', indicator: 'jobs_created' };
    const shown = (n: string) =>
      ({ year_from: 'Year From', year_to: 'Year To', area_code: 'Area Code' })[n] ?? n;
    const excel = [
      OUTPUTS.map(shown).join(';'),
      row(
        'outputs',
        {
          ...typed,
          area_code: '58',
          value_qualifier: 'exact',
          value: '1.234,5',
          source_id: 'src',
          [NOTE]: ' Ghi chú ',
        },
        ';',
      ),
      ';'.repeat(OUTPUTS.length - 1),
      '',
    ].join('\r\n');
    const result = normalizeCsv(excel, { areaCodes: new Set(['058']) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe(
      `${HEADER}\n${row('outputs', { ...typed, area_code: '058', value_qualifier: 'exact', value: '1234.5', source_id: 'src', [NOTE]: 'Ghi chú' })}\n`,
    );
    const whats = result.changes.map((c) => c.what);
    expect(whats).toEqual(
      expect.arrayContaining([
        'separator',
        'line ends',
        'column name',
        'leading zero',
        'decimal mark',
        'spaces/Unicode',
        'empty row removed',
      ]),
    );
    expect(result.changes.find((c) => c.what === 'decimal mark')).toMatchObject({
      line: 2,
      column: 'value',
      from: '1.234,5',
      to: '1234.5',
    });
  });

  it('removes thousands separators only in whole-number columns', () => {
    const cells = {
      year: '2019',
      area_code: '06',
      status: 'final',
      poverty_rate_pct: '19.93',
      source_id: 'src',
    };
    const csv = `${names('poverty').join(',')}\n${row('poverty', { ...cells, households_total: '"80,276"', poor_households: '16.003' })}\n`;
    const result = normalizeCsv(csv);
    expect(result.ok && result.text.split('\n')[1]).toBe(
      row('poverty', { ...cells, households_total: '80276', poor_households: '16003' }),
    );
  });

  it('reorders columns by name and restores zeros from the level in areas.csv', () => {
    const [first, second, ...rest] = names('areas');
    const cells = {
      code: '58',
      level: 'district',
      parent_code: '6',
      name: 'Bắc Kạn',
      unit_type: 'thành phố',
      source_id: 'src',
    };
    const swapped = [second!, first!, ...rest];
    const csv = `${swapped.join(',')}\n${swapped.map((n) => cells[n as keyof typeof cells] ?? '').join(',')}\n`;
    const result = normalizeCsv(csv);
    expect(result.ok && result.text.split('\n')[1]).toBe(
      row('areas', { ...cells, code: '058', parent_code: '06' }),
    );
  });

  it('leaves a canonical file unchanged and lists no change', () => {
    const cells = {
      year_from: '2020',
      year_to: '2020',
      area_code: '06',
      indicator: 'jobs_created',
      value_qualifier: 'exact',
      value: '5500',
      source_id: 'src',
      [NOTE]: '"a, b"',
    };
    const csv = `${HEADER}\n${row('outputs', cells)}\n`;
    const result = normalizeCsv(csv);
    expect(result).toMatchObject({ ok: true, text: csv, changes: [] });
  });

  it('refuses a header that matches no dataset', () => {
    expect(normalizeCsv('a,b\n1,2\n')).toMatchObject({
      ok: false,
      refusal: { code: 'file/no-dataset', line: 1 },
    });
  });
});

const POVERTY = names('poverty').join(',');
/** A poverty row without its last cell (free text): the cases append it, comma and all. */
const PROW = row('poverty', {
  year: '2018',
  area_code: '09',
  status: 'final',
  households_total: '1000',
  poor_households: '200',
  near_poor_households: '100',
  poverty_rate_pct: '20',
  near_poverty_rate_pct: '10',
  source_id: 'src',
}).slice(0, -1);
const WIDTH = names('poverty').length;

describe('normalizeCsv never drops or moves a cell', () => {
  it.each([
    [
      'a CRLF file with an unquoted comma in a note (one cell too many)',
      `${POVERTY}\r\n${PROW},Ghi chú, phần sau\r\n`,
      { code: 'row/field-count', line: 2 },
    ],
    [
      'a semicolon file with an extra field',
      `${POVERTY.replaceAll(',', ';')}\r\n${PROW.replaceAll(',', ';')};a; b\r\n`,
      { code: 'row/field-count', line: 2 },
    ],
    [
      'a row with fewer cells than the header',
      `${POVERTY}\n${PROW},ok\n2019,09,final\n`,
      { code: 'row/field-count', line: 3 },
    ],
    [
      'text after a closing quote (papaparse InvalidQuotes)',
      `${POVERTY}\n${PROW},"Mục tiêu" đến 2020\n${PROW},b\n`,
      { code: 'cell/text-after-quote', line: 2 },
    ],
    [
      'a quote that never closes (papaparse MissingQuotes)',
      `${POVERTY}\n${PROW},ok\n${PROW},"mở\n`,
      { code: 'file/quotes', line: 3 },
    ],
    [
      'two columns that fold to one name',
      `${POVERTY},${names('poverty').at(-1)!.toUpperCase()}\n${PROW},a,b\n`,
      { code: 'header/duplicate-column', line: 1 },
    ],
    [
      'text under a column without a name',
      `${POVERTY},\n${PROW},a,lạc\n`,
      { code: 'header/unnamed-column', line: 2 },
    ],
  ])('refuses %s, with the line, in both languages', (_, text, refusal) => {
    const result = normalizeCsv(text, { file: 'data/poverty.csv' });
    expect(result).toMatchObject({ ok: false, refusal: { ...refusal, file: 'data/poverty.csv' } });
    if (result.ok) return;
    expect(result.refusal.message_vi).not.toBe(result.refusal.message_en);
    expect(result.refusal.message_vi.length).toBeGreaterThan(20);
    expect(result.reason).toBe(result.refusal.message_en);
  });

  it('removes a blank row whatever its cell count, and an unnamed column that is empty', () => {
    const result = normalizeCsv(`${POVERTY},\n${PROW},a,\n,,\n , ${','.repeat(WIDTH + 2)}\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe(`${POVERTY}\n${PROW},a\n`);
    expect(result.changes.map((c) => c.what)).toEqual([
      'empty column without a name removed',
      'empty row removed',
      'empty row removed',
    ]);
  });

  it('keeps every character of a note, whatever it holds, or refuses (property)', () => {
    const note = fc.string({
      unit: fc.constantFrom('a', 'ă', ' ', ',', ';', '"', '\n', '\r\n', '1', '.'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(note, fc.boolean(), fc.boolean(), fc.boolean(), (text, quoted, semi, crlf) => {
        const delimiter = semi ? ';' : ',';
        const newline = crlf ? '\r\n' : '\n';
        const cells = PROW.split(',');
        // Quoted as Excel writes it, or written raw as a careless hand would.
        const line = quoted
          ? Papa.unparse([[...cells, text]], { delimiter, newline })
          : [...cells, text].join(delimiter);
        const csv = `${POVERTY.replaceAll(',', delimiter)}${newline}${line}${newline}`;
        const result = normalizeCsv(csv);
        if (!result.ok) {
          expect(quoted, 'a file Excel could have written is refused').toBe(false);
          return;
        }
        const rows = Papa.parse<string[]>(result.text, { skipEmptyLines: true }).data;
        expect(rows).toHaveLength(2);
        expect(rows[1]!.slice(0, WIDTH - 1)).toEqual(cells);
        if (quoted) expect(rows[1]![WIDTH - 1]).toBe(text.trim().normalize('NFC'));
        // Written raw, CSV quoting may consume quotes, the cell is trimmed, and a line of bare
        // separators is a blank row: nothing else may go.
        const letters = (t: string) => t.replace(/["\s]/g, '').replaceAll(delimiter, '');
        if (!quoted) expect(letters(rows[1]![WIDTH - 1]!)).toBe(letters(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('decodeForNormalize', () => {
  it('accepts UTF-8 with BOM and UTF-16, refuses legacy bytes', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Bắc')]);
    expect(decodeForNormalize(bom)).toEqual({ text: 'Bắc', note: 'BOM removed' });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x42, 0x00, 0xaf, 0x1e]);
    expect(decodeForNormalize(utf16)).toMatchObject({ text: 'Bắ' });
    expect(decodeForNormalize(new Uint8Array([0x42, 0xbe, 0x63]))).toHaveProperty('error');
  });
});

describe('normalizeCsv on prototype-like values', () => {
  it('finds no code width for a level typed "__proto__" (found by the fuzz property)', () => {
    const text =
      'code,level,parent_code,name,unit_type,lat,lon,source_id,coords_source_id\n06,__proto__,,Tỉnh,tỉnh,,,s,\n';
    const result = normalizeCsv(text);
    expect(result.ok && result.changes.filter((c) => c.what === 'leading zero')).toEqual([]);
  });
});
