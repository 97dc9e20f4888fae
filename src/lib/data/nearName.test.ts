import { describe, expect, it } from 'vitest';
import { isWorkbook, nearDatasetFile } from './nearName.ts';

const FILES = [
  'sources.csv',
  'areas.csv',
  'designations.csv',
  'poverty.csv',
  'deprivation.csv',
  'funding.csv',
  'outputs.csv',
  'targets.csv',
];

describe('nearDatasetFile', () => {
  it.each([
    ['poverty (1).csv', 'poverty.csv'],
    ['Poverty.csv', 'poverty.csv'],
    ['POVERTY.CSV', 'poverty.csv'],
    ['poverty.csv.csv', 'poverty.csv'],
    ['poverty.xlsx', 'poverty.csv'],
    ['poverty - Copy.csv', 'poverty.csv'],
    ['poverty - Copy (2).csv', 'poverty.csv'],
    ['Copy of areas.csv', 'areas.csv'],
    ['Bản sao của funding.csv', 'funding.csv'],
    ['funding - Bản sao.csv', 'funding.csv'],
    ['targets_2020_final.csv', 'targets.csv'],
    ['povety.csv', 'poverty.csv'],
    ['ouputs.csv', 'outputs.csv'],
    ['~$poverty.xlsx', 'poverty.csv'],
  ])('%s is a near miss of %s', (name, file) => {
    expect(nearDatasetFile(name, FILES)).toBe(file);
  });

  it.each(['households.csv', 'notes.txt', '.DS_Store', 'bao-cao.xls', 'ab.csv', 'x (1).csv'])(
    '%s resembles no dataset',
    (name) => {
      expect(nearDatasetFile(name, FILES)).toBeUndefined();
    },
  );
});

describe('isWorkbook', () => {
  it('tells spreadsheets from CSV files', () => {
    expect(['a.xlsx', 'a.XLS', 'a.ods', 'a.xlsm'].map(isWorkbook)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['a.csv', 'a.xlsx.csv', 'xlsx'].map(isWorkbook)).toEqual([false, false, false]);
  });
});
