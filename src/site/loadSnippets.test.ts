import { describe, expect, it } from 'vitest';
import { pandasSnippet, rSnippet, type SnippetInput } from './loadSnippets.ts';

const deprivation: SnippetInput = {
  url: 'https://owner.github.io/repo/data/deprivation.csv',
  bom: false,
  codeColumns: ['area_code', 'source_id'],
  columns: [
    { name: 'year', type: 'year' },
    { name: 'area_code', type: 'string' },
    { name: 'deprived_households', type: 'integer' },
    { name: 'deprived_pct', type: 'number' },
    { name: 'source_id', type: 'string' },
    { name: 'note_vi', type: 'string' },
    { name: 'published', type: 'date' },
  ],
};

describe('R snippet', () => {
  const r = rSnippet(deprivation);

  it('gives every column its class from the schema, codes as character', () => {
    expect(r).toContain(
      [
        '  colClasses = c(  # types from the schema; codes keep their leading zeros',
        '    year = "integer",',
        '    area_code = "character",',
        '    deprived_households = "integer",',
        '    deprived_pct = "numeric",',
        '    source_id = "character",',
        '    note_vi = "character",',
        '    published = "Date"',
        '  ),',
      ].join('\n'),
    );
  });

  it('reads only an empty cell as NA, with the file encoding', () => {
    expect(r).toContain('na.strings = ""');
    expect(r).toContain('fileEncoding = "UTF-8"');
    expect(rSnippet({ ...deprivation, bom: true })).toContain('fileEncoding = "UTF-8-BOM"');
    expect(
      r.startsWith('df <- read.csv(\n  "https://owner.github.io/repo/data/deprivation.csv",'),
    ).toBe(true);
  });

  it('without a schema, still types the codes and sets na.strings', () => {
    const chart = rSnippet({ url: 'x.csv', bom: true, codeColumns: ['area_code'] });
    expect(chart).toContain(
      'colClasses = c(  # codes keep their leading zeros\n    area_code = "character"\n  ),',
    );
    expect(chart).toContain('na.strings = ""');
  });

  it('quotes a name R would not accept bare', () => {
    expect(rSnippet({ url: 'x.csv', bom: false, codeColumns: ['2nd code'] })).toContain(
      '    `2nd code` = "character"\n',
    );
  });
});

describe('pandas snippet', () => {
  const py = pandasSnippet(deprivation);

  it('types every column: codes str, integers nullable Int64, numbers float, dates parsed', () => {
    expect(py).toContain(
      [
        '    dtype={  # types from the schema; codes keep their leading zeros',
        '        "year": "Int64",',
        '        "area_code": str,',
        '        "deprived_households": "Int64",',
        '        "deprived_pct": "float64",',
        '        "source_id": str,',
        '        "note_vi": str,',
        '    },',
      ].join('\n'),
    );
    expect(py).not.toContain('"published": str');
    expect(py).toContain('parse_dates=["published"]');
  });

  it('treats only an empty cell as missing', () => {
    expect(py).toContain('keep_default_na=False');
    expect(py).toContain('na_values=[""]');
    expect(py).toContain('encoding="utf-8"');
    expect(pandasSnippet({ ...deprivation, bom: true })).toContain('encoding="utf-8-sig"');
  });

  it('without a schema, types the codes and names no dates', () => {
    const chart = pandasSnippet({ url: 'x.csv', bom: true, codeColumns: ['area_code'] });
    expect(chart).toContain(
      '    dtype={  # codes keep their leading zeros\n        "area_code": str,\n    },',
    );
    expect(chart).not.toContain('parse_dates');
    expect(chart).toContain('keep_default_na=False');
  });
});
