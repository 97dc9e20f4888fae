import { describe, expect, it } from 'vitest';
import { columnsOf, DATASETS } from '../schemas/datasets.ts';
import { dataPackage } from './dataPackage.ts';

describe('dataPackage', () => {
  const pkg = dataPackage({ name: 'test', title: 'Test', version: '2026.11.27' });

  it('describes every dataset with the schema’s columns in order', () => {
    expect(pkg.resources.map((r) => r.name)).toEqual(Object.keys(DATASETS));
    for (const resource of pkg.resources) {
      const dataset = DATASETS[resource.name as keyof typeof DATASETS];
      expect(resource.schema.fields.map((f) => f.name)).toEqual(
        columnsOf(dataset).map((c) => c.name),
      );
      expect(resource.path).toBe(`data/${dataset.file}`);
    }
  });

  it('carries types, constraints, keys and references', () => {
    const poverty = pkg.resources.find((r) => r.name === 'poverty')!;
    const rate = poverty.schema.fields.find((f) => f.name === 'poverty_rate_pct')!;
    expect(rate).toMatchObject({ type: 'number', constraints: { minimum: 0, maximum: 100 } });
    expect(poverty.schema.fields.find((f) => f.name === 'year')).toMatchObject({
      type: 'year',
      constraints: { required: true },
    });
    expect(poverty.schema.primaryKey).toEqual(['year', 'area_code', 'status', 'source_id']);
    expect(poverty.schema.foreignKeys).toContainEqual({
      fields: 'area_code',
      reference: { resource: 'areas', fields: 'code' },
    });
    // From the schema's roles: areas refer to themselves ("") and to sources twice.
    expect(pkg.resources.find((r) => r.name === 'areas')!.schema.foreignKeys).toEqual([
      { fields: 'parent_code', reference: { resource: '', fields: 'code' } },
      { fields: 'source_id', reference: { resource: 'sources', fields: 'id' } },
      { fields: 'coords_source_id', reference: { resource: 'sources', fields: 'id' } },
    ]);
    expect(pkg.resources.find((r) => r.name === 'sources')!.schema.foreignKeys).toBeUndefined();
    const areaCode = poverty.schema.fields.find((f) => f.name === 'area_code')!;
    expect(areaCode.constraints).toMatchObject({ pattern: '(VN|\\d{2}|\\d{3}|\\d{5})' });
    // funding's key includes an optional column, so it has no Frictionless primary key
    expect(pkg.resources.find((r) => r.name === 'funding')!.schema.primaryKey).toBeUndefined();
  });
});
