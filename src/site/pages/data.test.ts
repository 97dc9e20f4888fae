import { describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { DATASET_NAMES } from '../../lib/schemas/datasets.ts';
import { loadSite } from '../loadSite.ts';
import { dataPage } from './data.ts';

describe('dataPage on the valid fixture', async () => {
  const page = dataPage(await loadSite(VALID_FIXTURE), 'en', 'https://example.org/');
  const poverty = page.datasets.find((d) => d.name === 'poverty')!;

  it('lists every dataset with its file, row count and downloads', () => {
    expect(page.datasets.map((d) => d.name)).toEqual([...DATASET_NAMES]);
    expect(poverty).toMatchObject({
      file: 'poverty.csv',
      rows: '4',
      csv: '/data/poverty.csv',
      json: '/data/poverty.json',
    });
    expect(page.datasets.find((d) => d.name === 'areas')!.rows).toBe('3');
  });

  it('describes each column from the schema: type with unit, required, allowed values', () => {
    const column = (name: string) => poverty.columns.find((c) => c.name === name)!;
    expect(column('status')).toMatchObject({
      type: 'string',
      required: true,
      allowed: 'preliminary, final, unspecified',
    });
    expect(column('poverty_rate_pct').type).toBe('number (%)');
    expect(column('poverty_rate_pct').allowed).toBe('≥ 0, ≤ 100');
    expect(column('note_en').required).toBe(false);
  });

  it('tells pandas and R which columns to read as text', () => {
    expect(poverty.cite.csv.codeColumns).toEqual(['area_code', 'source_id']);
  });

  it('cites the release with its version and the data page address', () => {
    expect(page.citation).toMatch(
      /^.+\. Version \d{4}\.\d{2}\.\d{2}.*\. https:\/\/example\.org\/en\/data\/ \(retrieved …\)\. Licence CC BY 4\.0\.$/,
    );
  });
});
