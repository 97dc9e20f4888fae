import { describe, expect, it } from 'vitest';
import { decodeForNormalize, normalizeCsv } from './normalize.ts';

const HEADER = 'year_from,year_to,area_code,indicator,value_qualifier,value,source_id,note';

describe('normalizeCsv', () => {
  it('turns a vi-VN Excel export (semicolons, decimal commas, CRLF) into canonical CSV', () => {
    const excel = [
      'Year From;Year To;Area Code;indicator;value_qualifier;value;source_id;note',
      '2020;2020;58;jobs_created;exact;1.234,5;src; Ghi chú ',
      ';;;;;;;',
      '',
    ].join('\r\n');
    const result = normalizeCsv(excel, { areaCodes: new Set(['058']) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe(`${HEADER}\n2020,2020,058,jobs_created,exact,1234.5,src,Ghi chú\n`);
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
    const csv =
      'year,area_code,status,households_total,poor_households,near_poor_households,poverty_rate_pct,near_poverty_rate_pct,escaped_poverty_households,newly_poor_households,source_id,note\n2019,06,final,"80,276",16.003,,19.93,,,,src,\n';
    const result = normalizeCsv(csv);
    expect(result.ok && result.text.split('\n')[1]).toBe(
      '2019,06,final,80276,16003,,19.93,,,,src,',
    );
  });

  it('reorders columns by name and restores zeros from the level in areas.csv', () => {
    const csv =
      'level,code,parent_code,name,unit_type,lat,lon,source_id,coords_source_id\ndistrict,58,6,Bắc Kạn,thành phố,,,src,\n';
    const result = normalizeCsv(csv);
    expect(result.ok && result.text.split('\n')[1]).toBe(
      '058,district,06,Bắc Kạn,thành phố,,,src,',
    );
  });

  it('leaves a canonical file unchanged and lists no change', () => {
    const csv = `${HEADER}\n2020,2020,06,jobs_created,exact,5500,src,"a, b"\n`;
    const result = normalizeCsv(csv);
    expect(result).toMatchObject({ ok: true, text: csv, changes: [] });
  });

  it('refuses a header that matches no dataset', () => {
    expect(normalizeCsv('a,b\n1,2\n')).toMatchObject({ ok: false });
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
