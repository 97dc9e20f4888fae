import { describe, expect, it } from 'vitest';
import { DATASETS } from '../schemas/datasets.ts';
import { diffDataset, parseCsvText } from './diff.ts';

const poverty = DATASETS.poverty;
const HEADER =
  'year,area_code,status,households_total,poor_households,near_poor_households,poverty_rate_pct,near_poverty_rate_pct,escaped_poverty_households,newly_poor_households,source_id,year_basis,source_quote,note_vi,note_en';
const row2019 = '2019,058,final,6500,2900,,44.61,,,,src-a,stated,,,';
const row2020 = '2020,058,final,6600,2500,,37.87,,,,src-a,stated,,,';
const csv = (...rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`;

describe('parseCsvText', () => {
  it('keeps codes as text, strips the BOM and skips blank lines', () => {
    const parsed = parseCsvText(`\uFEFF${HEADER}\r\n${row2019}\r\n\r\n`);
    expect(parsed.columns[0]).toBe('year');
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]!.area_code).toBe('058');
  });
});

describe('diffDataset', () => {
  it('reports a corrected figure cell by cell, old → new, identified by the key', () => {
    const after = row2019
      .replace('2900', '2950')
      .replace(',src-a,stated,,,', ',src-a,stated,"2.950 hộ nghèo",Đã sửa,Corrected');
    const diff = diffDataset(poverty, csv(row2019, row2020), csv(after, row2020));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]!.key).toEqual({
      year: '2019',
      area_code: '058',
      status: 'final',
      source_id: 'src-a',
    });
    expect(diff.changed[0]!.cells).toEqual([
      { column: 'poor_households', from: '2900', to: '2950' },
      { column: 'source_quote', from: '', to: '2.950 hộ nghèo' },
      { column: 'note_vi', from: '', to: 'Đã sửa' },
      { column: 'note_en', from: '', to: 'Corrected' },
    ]);
    expect(diff.formatOnly).toBe(false);
  });

  it('lists added and removed rows', () => {
    const row2018 = '2018,058,final,6400,3300,,51.56,,,,src-a,stated,,,';
    const diff = diffDataset(poverty, csv(row2019, row2020), csv(row2018, row2019));
    expect(diff.added.map((r) => r.year)).toEqual(['2018']);
    expect(diff.removed.map((r) => r.year)).toEqual(['2020']);
    expect(diff.changed).toEqual([]);
  });

  it('treats a changed key (here the status) as one row removed and one added', () => {
    const diff = diffDataset(poverty, csv(row2019), csv(row2019.replace('final', 'preliminary')));
    expect(diff.added).toHaveLength(1);
    expect(diff.removed).toHaveLength(1);
    expect(diff.changed).toHaveLength(0);
  });

  it('ignores row order, line ends and quoting: format-only', () => {
    const before = csv(row2019, row2020);
    const after = `${[HEADER, row2020, row2019.replace('src-a', '"src-a"')].join('\r\n')}\r\n`;
    const diff = diffDataset(poverty, before, after);
    expect(diff.added.length + diff.removed.length + diff.changed.length).toBe(0);
    expect(diff.formatOnly).toBe(true);
    expect(diffDataset(poverty, before, before).formatOnly).toBe(false);
  });

  it('keeps a leading-zero loss as a change of text, not the same number', () => {
    const diff = diffDataset(
      DATASETS.areas,
      'code,level,parent_code,name,unit_type,lat,lon,source_id\n058,district,06,Pác Nặm,huyện,,,s\n',
      'code,level,parent_code,name,unit_type,lat,lon,source_id\n058,district,6,Pác Nặm,huyện,,,s\n',
    );
    expect(diff.changed[0]!.cells).toEqual([{ column: 'parent_code', from: '06', to: '6' }]);
  });

  it('treats a created file as all rows added and a deleted file as all rows removed', () => {
    const created = diffDataset(poverty, null, csv(row2019, row2020));
    expect(created.added).toHaveLength(2);
    expect(created.columnsAdded).toEqual([]);
    const deleted = diffDataset(poverty, csv(row2019), null);
    expect(deleted.removed).toHaveLength(1);
    expect(deleted.columns[0]).toBe('year');
  });

  it('reports a new column and the values it brought', () => {
    const before = 'id,title\na,Alpha\n';
    const after = 'id,title,kind\na,Alpha,news\n';
    const diff = diffDataset(DATASETS.sources, before, after);
    expect(diff.columnsAdded).toEqual(['kind']);
    expect(diff.changed[0]!.cells).toEqual([{ column: 'kind', from: '', to: 'news' }]);
  });

  it('reports a note split into two languages as one column removed and two added', () => {
    const before = 'id,title,note\na,Alpha,Made up.\n';
    const after = 'id,title,title_en,note_vi,note_en\na,Alpha,Alpha,Bịa ra.,Made up.\n';
    const diff = diffDataset(DATASETS.sources, before, after);
    expect(diff.columnsRemoved).toEqual(['note']);
    expect(diff.columnsAdded).toEqual(['title_en', 'note_vi', 'note_en']);
    expect(diff.changed[0]!.cells).toEqual([
      { column: 'note', from: 'Made up.', to: '' },
      { column: 'title_en', from: '', to: 'Alpha' },
      { column: 'note_vi', from: '', to: 'Bịa ra.' },
      { column: 'note_en', from: '', to: 'Made up.' },
    ]);
    expect(diff.formatOnly).toBe(false);
  });

  it('keeps both rows of a duplicated key instead of dropping one', () => {
    const diff = diffDataset(poverty, csv(row2019), csv(row2019, row2019.replace('6500', '6501')));
    expect(diff.added).toHaveLength(1);
    expect(diff.added[0]!.households_total).toBe('6501');
    expect(diff.changed).toHaveLength(0);
  });

  it('matches whole rows when the versions share no key column', () => {
    const diff = diffDataset(DATASETS.sources, 'name,x\na,1\n', 'name,x\na,2\n');
    expect(diff.keyColumns).toEqual([]);
    expect(diff.added).toHaveLength(1);
    expect(diff.removed).toHaveLength(1);
  });
});
