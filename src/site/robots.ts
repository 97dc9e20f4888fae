/**
 * robots.txt: every page may be crawled (embed pages carry their own noindex, which a crawler
 * only sees if it may fetch them), and the sitemap is named with its full address. Crawlers read
 * robots.txt only at a host's root, so on a project site (`owner.github.io/repo/`) this file is
 * informative; the pages' own <link rel="sitemap"> and noindex still apply there.
 */
export function robotsTxt(site: URL, base: string): string {
  const home = new URL(base.endsWith('/') ? base : `${base}/`, site);
  return [
    'User-agent: *',
    `Allow: ${home.pathname}`,
    '',
    `Sitemap: ${new URL('sitemap-index.xml', home).href}`,
    '',
  ].join('\n');
}
