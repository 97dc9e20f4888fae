import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir } from '../../test/helpers/fixtureDir.ts';
import { validateDirectory } from '../lib/data/validateDirectory.ts';
import { formatRate } from '../lib/format/format.ts';
import { decimalsOf, usePrintedDecimals } from './printedDecimals.ts';

describe('printed decimals', () => {
  it('keeps the precision each figure was printed with', async () => {
    const dir = await fixtureDir({
      'poverty.csv': (t) =>
        t.replace('2018,092,final,400,50,40,12.5,', '2018,092,final,400,50,40,12.50,'),
    });
    const { tables, decimals } = await validateDirectory(dir, { keepRows: true });
    usePrintedDecimals(decimals);
    const row = tables.poverty.find((r) => r.area_code === '092' && r.year === 2018)!;
    expect(row.poverty_rate_pct).toBe(12.5);
    expect(decimalsOf(row, 'poverty_rate_pct')).toBe(2);
    expect(formatRate('vi', row.poverty_rate_pct!, decimalsOf(row, 'poverty_rate_pct'))).toBe(
      '12,50%',
    );
    const whole = tables.poverty.find((r) => r.area_code === '09' && r.year === 2018)!;
    expect(decimalsOf(whole, 'poverty_rate_pct')).toBeUndefined();
  });

  it('counts the decimals of the cell as read, without its spaces', async () => {
    const dir = await fixtureDir({
      'poverty.csv': (t) =>
        t.replace('2018,092,final,400,50,40,12.5,', '2018,092,final,400,50,40,12.50 ,'),
    });
    const { tables, decimals } = await validateDirectory(dir, { keepRows: true });
    usePrintedDecimals(decimals);
    const row = tables.poverty.find((r) => r.area_code === '092' && r.year === 2018)!;
    expect(decimalsOf(row, 'poverty_rate_pct')).toBe(2);
  });

  it('matches the real data: 18.50 stays 18,50', async () => {
    const dir = join(import.meta.dirname, '..', '..', 'data');
    const { tables, decimals } = await validateDirectory(dir, { keepRows: true });
    usePrintedDecimals(decimals);
    const printed = tables.poverty.filter((r) => decimalsOf(r, 'poverty_rate_pct') === 2);
    expect(printed.map((r) => formatRate('vi', r.poverty_rate_pct!, 2))).toContain('18,50%');
  });
});
