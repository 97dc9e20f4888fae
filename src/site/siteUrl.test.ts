import { describe, expect, it } from 'vitest';
import { LOCAL_SITE, siteUrl, SiteUrlError } from './siteUrl.ts';

describe('the site address (SITE_URL)', () => {
  it('falls back to the local preview address for npm start, npm test and local builds', () => {
    expect(siteUrl({})).toBe(LOCAL_SITE);
    expect(siteUrl({ SITE_URL: '', CI: 'true', GITHUB_ACTIONS: 'true' })).toBe(LOCAL_SITE);
  });

  it('uses SITE_URL when given', () => {
    expect(siteUrl({ SITE_URL: 'https://owner.github.io', DEPLOY: '1' })).toBe(
      'https://owner.github.io',
    );
  });

  it('stops a deploy build without SITE_URL, naming what to set', () => {
    for (const env of [{ DEPLOY: '1' }, { DEPLOY: 'true', SITE_URL: '  ' }]) {
      expect(() => siteUrl(env)).toThrow(SiteUrlError);
      expect(() => siteUrl(env)).toThrow(/SITE_URL is not set.*localhost:4321.*SITE_URL=https:/s);
    }
  });

  it('stops a deploy build pointed at a local address', () => {
    expect(() => siteUrl({ DEPLOY: '1', SITE_URL: 'http://localhost:4321' })).toThrow(/local/);
  });

  it('refuses an address that is not one, deploy or not', () => {
    expect(() => siteUrl({ SITE_URL: 'owner.github.io' })).toThrow(/not an address/);
    expect(() => siteUrl({ SITE_URL: 'ftp://owner.github.io' })).toThrow(/https:\/\//);
  });
});
