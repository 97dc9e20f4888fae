/** Column roles are declared once, in the schemas; these pin what the derivations rely on. */
import { describe, expect, it } from 'vitest';
import {
  AREA_CODE_COLUMNS,
  codeColumnsOf,
  columnsOf,
  DATASET_NAMES,
  DATASETS,
  KEPT_AS_TEXT,
  keptAsText,
} from './datasets.ts';

describe('column roles', () => {
  it('names every column that holds area codes, and only those', () => {
    expect([...AREA_CODE_COLUMNS].sort()).toEqual(['area_code', 'code', 'parent_code']);
    expect(codeColumnsOf(DATASETS.areas, 'areas')).toEqual(['code', 'parent_code']);
    expect(codeColumnsOf(DATASETS.sources, 'sources')).toEqual(['id']);
  });

  it('keeps every code as text: area codes and source ids, never a quantity', () => {
    expect([...KEPT_AS_TEXT].sort()).toEqual([
      'area_code',
      'code',
      'coords_source_id',
      'id',
      'parent_code',
      'source_id',
    ]);
    expect(keptAsText(DATASETS.poverty)).toEqual(['area_code', 'source_id']);
    for (const name of DATASET_NAMES) {
      for (const { meta } of columnsOf(DATASETS[name])) {
        if (meta.keepAsText) expect(meta.type).toBe('string');
        if (meta.measure) expect(['integer', 'number']).toContain(meta.type);
        if (meta.references) expect(meta.keepAsText).toBe(true);
      }
    }
  });

  it('has every dataset of figures refer to an area and a source', () => {
    for (const name of DATASET_NAMES.filter((n) => n !== 'areas' && n !== 'sources')) {
      const refs = columnsOf(DATASETS[name]).filter((c) => c.meta.references);
      expect(refs.map((c) => [c.name, c.meta.references])).toEqual([
        ['area_code', 'areas'],
        ['source_id', 'sources'],
      ]);
    }
  });

  it('marks the published figures of poverty and funding as measures', () => {
    const measures = (name: 'poverty' | 'funding') =>
      columnsOf(DATASETS[name])
        .filter((c) => c.meta.measure)
        .map((c) => c.name);
    expect(measures('poverty')).toEqual([
      'households_total',
      'poor_households',
      'near_poor_households',
      'poverty_rate_pct',
      'near_poverty_rate_pct',
      'escaped_poverty_households',
      'newly_poor_households',
    ]);
    expect(measures('funding')).toEqual(['allocated_million_vnd', 'disbursed_million_vnd']);
  });
});
