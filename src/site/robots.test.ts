import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots.ts';

describe('robots.txt', () => {
  it('allows the whole site and names the sitemap at the root', () => {
    expect(robotsTxt(new URL('https://example.org'), '/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n',
    );
  });

  it('puts the base path in the sitemap address, with or without its trailing slash', () => {
    for (const base of ['/repo/', '/repo']) {
      const text = robotsTxt(new URL('https://owner.github.io'), base);
      expect(text).toContain('Allow: /repo/\n');
      expect(text).toContain('Sitemap: https://owner.github.io/repo/sitemap-index.xml\n');
    }
  });

  it('never disallows anything: embeds must be fetched for their noindex to be seen', () => {
    expect(robotsTxt(new URL('https://example.org'), '/')).not.toMatch(/Disallow/);
  });
});
