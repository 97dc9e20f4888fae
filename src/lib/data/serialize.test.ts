import { describe, expect, it } from 'vitest';
import { DATASETS } from '../schemas/datasets.ts';
import { excelSafe, toCsv, toJson } from './serialize.ts';

const row = {
  year_from: 2020,
  year_to: 2020,
  area_code: '058',
  indicator: 'jobs_created',
  value_qualifier: 'exact',
  value: 600,
  source_id: 'src',
  note: '=HYPERLINK("http://x","y"), "quoted"',
};

describe('serialize', () => {
  it('writes the canonical CSV exactly, codes with their zeros, empty for missing', () => {
    const csv = toCsv(DATASETS.outputs, [{ ...row, note: undefined }]);
    expect(csv).toBe(
      'year_from,year_to,area_code,indicator,value_qualifier,value,source_id,note\n2020,2020,058,jobs_created,exact,600,src,\n',
    );
  });

  it('adds a BOM and neutralises formulas in the Excel flavour only', () => {
    const excel = toCsv(DATASETS.outputs, [row], 'excel');
    expect(excel.startsWith('\uFEFFyear_from')).toBe(true);
    expect(excel).toContain(`"'=HYPERLINK(""http://x"",""y""), ""quoted"""`);
    expect(toCsv(DATASETS.outputs, [row])).toContain('"=HYPERLINK(');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])(
    'excelSafe(%j) starts with an apostrophe',
    (v) => {
      expect(excelSafe(v)).toBe(`'${v}`);
    },
  );

  it('keeps ordinary text as it is', () => {
    expect(excelSafe('Chợ Đồn')).toBe('Chợ Đồn');
  });

  it('writes JSON with null for missing values', () => {
    expect(JSON.parse(toJson(DATASETS.outputs, [{ ...row, note: undefined }]))[0].note).toBeNull();
  });
});
