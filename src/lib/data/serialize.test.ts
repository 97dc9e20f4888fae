import { describe, expect, it } from 'vitest';
import { DATASETS } from '../schemas/datasets.ts';
import { toCsv, toJson } from './serialize.ts';

const row = {
  year_from: 2020,
  year_to: 2020,
  area_code: '058',
  indicator: 'jobs_created',
  value_qualifier: 'exact',
  value: 600,
  source_id: 'src',
  year_basis: 'stated',
  source_quote: '@SUM(A1) giải quyết việc làm cho 600 lao động',
  note_vi: '-1 lao động, "trích"',
  note_en: '=HYPERLINK("http://x","y"), "quoted"',
};
const noNotes = { ...row, source_quote: undefined, note_vi: undefined, note_en: undefined };

describe('serialize', () => {
  it('writes the canonical CSV exactly, codes with their zeros, empty for missing', () => {
    const csv = toCsv(DATASETS.outputs, [noNotes]);
    expect(csv).toBe(
      'year_from,year_to,area_code,indicator,value_qualifier,value,source_id,year_basis,source_quote,note_vi,note_en\n2020,2020,058,jobs_created,exact,600,src,stated,,,\n',
    );
  });

  it('keeps formula-looking text exactly (spreadsheet users get the .xlsx, where it is text)', () => {
    const canonical = toCsv(DATASETS.outputs, [row]);
    expect(canonical.startsWith('year_from')).toBe(true);
    expect(canonical).toContain(`"=HYPERLINK(""http://x"",""y""), ""quoted"""`);
    expect(canonical).toContain(',@SUM(A1) giải quyết');
    expect(canonical).toContain(`"-1 lao động, ""trích"""`);
  });

  it('writes JSON with null for missing values', () => {
    const [json] = JSON.parse(toJson(DATASETS.outputs, [noNotes]));
    expect(json).toMatchObject({ source_quote: null, note_vi: null, note_en: null });
    expect(json.year_basis).toBe('stated');
  });
});
