import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t, translator, UI, type UiKey } from './ui.ts';

const SRC = join(import.meta.dirname, '..');

/** Every source file that can ask for interface text; tests do not count as a use. */
const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((file) => /\.(ts|astro)$/.test(file) && !/\.test\.ts$/.test(file))
  .filter((file) => join(SRC, file) !== join(import.meta.dirname, 'ui.ts'))
  .map((file) => readFileSync(join(SRC, file), 'utf8'))
  .join('\n');

/**
 * Keys built at run time from a code (`status.${status}`): each prefix is listed here so that
 * its keys count as used, and is checked to be still built that way in the source.
 */
const DYNAMIC_PREFIXES = [
  'status.',
  'designation.',
  'kind.',
  'level.',
  'coverage.state.',
  'mapIndicator.',
  'scorecard.verdict.',
];

const keys = Object.keys(UI.vi) as UiKey[];
const quoted = (key: string) => [`'${key}'`, `"${key}"`, `\`${key}\``];

describe('UI strings', () => {
  it('has the same keys and placeholders in Vietnamese and English', () => {
    expect(Object.keys(UI.en).sort()).toEqual(Object.keys(UI.vi).sort());
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys) {
      expect(placeholders(UI.en[key]), key).toEqual(placeholders(UI.vi[key]));
    }
  });

  it('has no key that no source file uses', () => {
    const unused = keys.filter(
      (key) =>
        !quoted(key).some((literal) => sources.includes(literal)) &&
        !DYNAMIC_PREFIXES.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it.each(DYNAMIC_PREFIXES)('still builds keys from the prefix %s', (prefix) => {
    expect(sources).toContain(`\`${prefix}\${`);
    expect(keys.some((key) => key.startsWith(prefix))).toBe(true);
  });

  it('fills placeholders', () => {
    expect(t('vi', 'site.name', { province: 'Bắc Kạn' })).toBe('Giảm nghèo bền vững Bắc Kạn');
    expect(t('en', 'common.endOfYear', { year: 2019 })).toBe('end of 2019');
  });

  it('keeps a placeholder it is not given, for a script to fill in', () => {
    expect(t('en', 'areas.filterCount')).toBe('{count} areas match.');
    expect(translator('vi')('areas.unitsCount', { count: 12 })).toBe('12 đơn vị');
  });
});
