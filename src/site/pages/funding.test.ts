import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDir, VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { PROGRAMME_YEARS } from '../../lib/programme.ts';
import { loadSite } from '../loadSite.ts';
import { fundingPage } from './funding.ts';

describe('fundingPage on the valid fixture', async () => {
  const page = fundingPage(await loadSite(VALID_FIXTURE), 'en');

  it('has a row per programme project and a column per programme year', () => {
    expect(page.years).toEqual([...PROGRAMME_YEARS]);
    expect(page.grid.map((p) => p.label)).toEqual([
      'Project 1: Programme 30a',
      'Project 2: Programme 135',
      'Project 3: Production and models outside 30a and 135',
      'Project 4: Communication and information poverty',
      'Project 5: Capacity building, monitoring and evaluation',
      'Several programmes together',
    ]);
  });

  it('leaves every cell empty when only multi-year totals are published', () => {
    // The fixture's amounts cover 2016–2020, 2009–2020 and 2016–2018: none is one year's.
    expect(page.grid.every((p) => p.cells.every((c) => c.length === 0))).toBe(true);
  });

  it('lists every amount of the province and its units, by area then first year', () => {
    expect(page.rows.map((r) => [r.area_code, r.year_from, r.project])).toEqual([
      ['09', 2009, 'DA2'],
      ['09', 2016, 'DA1'],
      ['09', 2016, 'other'],
    ]);
    expect(page.chart?.id).toBe('funding-09');
  });
});

describe('fundingPage with a single-year amount', async () => {
  const dir = await fixtureDir({
    'funding.csv': (text) =>
      `${text}2018,2018,09,DA1,,central_budget,investment,more_than,250.5,,test-report,inferred,,,,\n`,
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const page = fundingPage(await loadSite(dir), 'vi');

  it('writes the amount in its year, with its qualifier and inferred year', () => {
    const da1 = page.grid[0]!;
    expect(da1.cells[PROGRAMME_YEARS.indexOf(2018)]).toEqual([
      { text: 'Vốn giao: hơn 250,5 triệu đồng', yearBasis: 'inferred' },
    ]);
    expect(da1.cells[PROGRAMME_YEARS.indexOf(2017)]).toEqual([]);
  });
});
