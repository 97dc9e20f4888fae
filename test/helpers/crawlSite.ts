/**
 * linkinator over a locally served site, the way both link checks use it: from the given paths,
 * recursively, anchors and CSS included, nothing outside the origin followed.
 */
import { LinkChecker, type LinkResult } from 'linkinator';

export async function crawlSite(origin: string, paths: readonly string[]): Promise<LinkResult[]> {
  const { links } = await new LinkChecker().check({
    path: paths.map((p) => `${origin}${p}`),
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 8,
    timeout: 60_000, // a local server: only one that hangs should fail, not a busy machine
    redirects: 'allow',
    linksToSkip: async (link: string) => !link.startsWith(`${origin}/`) && link !== origin,
  });
  return links;
}
