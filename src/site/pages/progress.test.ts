import { describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../../../test/helpers/fixtureDir.ts';
import { loadSite } from '../loadSite.ts';
import { progressPage } from './progress.ts';

describe('progressPage on the valid fixture', async () => {
  const page = progressPage(await loadSite(VALID_FIXTURE), 'en');

  it('shows only indicators with results or targets, results in area order', () => {
    expect(page.indicators.map((i) => [i.indicator, i.label])).toEqual([
      ['jobs_created', 'Workers given jobs'],
    ]);
    const [jobs] = page.indicators;
    expect(jobs!.results.map((r) => [r.area_code, r.value])).toEqual([
      ['09', 100],
      ['091', 60],
      ['092', 40],
    ]);
    expect(jobs!.targets).toEqual([]);
  });

  it('puts targets of no output indicator apart, as output rows', () => {
    expect(page.otherTargets.map((r) => [r.area_code, r.indicator, r.value, r.value_max])).toEqual([
      ['09', 'poverty_rate_reduction_pp', 2, 2.5],
      ['092', 'poverty_rate_pct', 2, undefined],
    ]);
  });

  it('names the output indicators with nothing published', () => {
    expect(page.notPublished).toMatch(
      /^Nothing published yet for: Workers given vocational training; Workers sent abroad on contract; /,
    );
    expect(page.notPublished).not.toContain('Workers given jobs');
  });
});
