/**
 * The site's own address, from SITE_URL. Canonical links, citations, embed code, the sitemap
 * and datapackage.json are written with it, so a published build must not fall back to the
 * local preview address: with DEPLOY=1 (set by the deploy workflow) a missing or malformed
 * SITE_URL stops the build with a message saying what to set. Without DEPLOY, `npm start`,
 * `npm test` and local builds keep working on http://localhost:4321.
 */
export const LOCAL_SITE = 'http://localhost:4321';

export class SiteUrlError extends Error {}

const EXAMPLE = 'SITE_URL=https://<owner>.github.io BASE_PATH=/<repository>/';

export function siteUrl(env: Record<string, string | undefined>): string {
  const value = env.SITE_URL?.trim() ?? '';
  const deploy = env.DEPLOY === '1' || env.DEPLOY === 'true';
  if (!value) {
    if (!deploy) return LOCAL_SITE;
    throw new SiteUrlError(
      `SITE_URL is not set, but this is a deploy build (DEPLOY=${env.DEPLOY}): canonical links, ` +
        `citations, embed code and the sitemap would point to ${LOCAL_SITE}. Set the address ` +
        `the site is served from, e.g. ${EXAMPLE}.`,
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteUrlError(`SITE_URL is not an address: "${value}". Expected e.g. ${EXAMPLE}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteUrlError(`SITE_URL must start with https:// or http://, not "${value}".`);
  }
  if (deploy && /^(localhost|127\.|\[::1\])/.test(url.hostname)) {
    throw new SiteUrlError(
      `SITE_URL is ${value}, a local address, but this is a deploy build (DEPLOY=${env.DEPLOY}).`,
    );
  }
  return value;
}
