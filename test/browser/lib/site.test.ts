import { describe, expect, it } from 'vitest';
import { pageType, PATHS } from './site.ts';

describe('pageType, derived from the site routes', () => {
  it.each([
    ['/', 'overview'],
    ['/en/', 'overview'],
    ['/dia-ban/', 'areas'],
    ['/dia-ban/091/', 'area'],
    ['/en/areas/091/', 'area'],
    ['/ban-do/', 'map'],
    ['/en/funding/', 'funding'],
    ['/ket-qua/', 'progress'],
    ['/giai-thich/ocop/', 'explainer'],
    ['/en/explainers/', 'explainers'],
    ['/du-lieu/', 'data'],
    ['/en/sources/', 'sources'],
    ['/tim-kiem/', 'search'],
    ['/thay-doi/', 'changes'],
    ['/en/changes/poverty/', 'changes'],
    ['/do-phu-so-lieu/', 'coverage'],
    ['/en/compare/', 'compare'],
    ['/nhung/poverty-09/', 'other'],
    ['/dia-ban/091/extra/', 'other'],
    ['/404.html', 'other'],
  ])('%s is %s', (path, type) => {
    expect(pageType(path)).toBe(type);
  });

  it('gives the localised paths of the routes', () => {
    expect(PATHS.area('vi', '091')).toBe('/dia-ban/091/');
    expect(PATHS.area('en', '091')).toBe('/en/areas/091/');
    expect(PATHS.search.en).toBe('/en/search/');
  });
});
