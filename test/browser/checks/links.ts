/**
 * Links, on the served site: linkinator crawls every page of the sitemap (and what they link to)
 * with anchors checked; every download link answers 200 with the right type and some bytes;
 * every resource of datapackage.json resolves; every page's preview image (og:image) is a
 * 1200×630 PNG on the site with alt text; the language switch of every page leads to the
 * same page in the other language, whose own switch leads back.
 */
import { LinkState, type LinkResult } from 'linkinator';
import { crawlSite } from '../../helpers/crawlSite.ts';
import { Results } from '../lib/results.ts';
import { htmlLang, tagsOf } from '../lib/html.ts';
import { langOf } from '../lib/site.ts';

/** Content types a download must be served with (others, e.g. .xlsx, the preview server leaves unset). */
const TYPES: Record<string, RegExp> = {
  csv: /^text\/csv/,
  json: /^application\/(json|.*\+json)/,
  zip: /^application\/(zip|x-zip-compressed)/,
  png: /^image\/png/,
  svg: /^image\/svg\+xml/,
};

function describe(link: LinkResult): string {
  const detail = link.failureDetails?.[0];
  const why =
    detail instanceof Error ? detail.message : link.status ? `HTTP ${link.status}` : 'no response';
  return `${link.url.replace(/^https?:\/\/[^/]+/, '')} — ${why}`;
}

/**
 * `paths` are the sitemap's pages; `built` every HTML file of the build (with pages the sitemap
 * leaves out, such as 404.html or embeds), all crawled for links.
 */
export async function checkLinks(
  results: Results,
  origin: string,
  paths: string[],
  built: string[],
): Promise<void> {
  const group = 'links';
  const rule = 'no broken internal links or anchors';
  const starts = [...new Set([...paths, ...built])];
  const links = await crawlSite(origin, starts);
  const broken = new Map<string, string[]>();
  for (const link of links) {
    if (link.state !== LinkState.BROKEN) continue;
    const parent = link.parent ? new URL(link.parent).pathname : '(start)';
    const list = broken.get(parent) ?? [];
    list.push(describe(link));
    broken.set(parent, list);
  }
  for (const path of starts) results.record(group, rule, path, broken.get(path) ?? []);
  for (const [parent, problems] of broken) {
    if (!starts.includes(parent)) results.record(group, rule, parent, problems);
  }
  process.stdout.write(`  linkinator followed ${links.length} links\n`);

  const htmlOf = new Map<string, string>();
  await Promise.all(
    paths.map(async (path) => {
      const response = await fetch(`${origin}${path}`);
      htmlOf.set(path, response.ok ? await response.text() : '');
    }),
  );
  await checkDownloads(results, origin, paths, htmlOf);
  await checkDataPackage(results, origin);
  await checkPreviewImages(results, origin, paths, htmlOf);
  await checkLanguageSwitch(results, origin, paths, htmlOf);
}

async function checkDownloads(
  results: Results,
  origin: string,
  paths: string[],
  htmlOf: Map<string, string>,
): Promise<void> {
  const rule = 'every download link resolves';
  const verdicts = new Map<string, Promise<string | undefined>>();
  const verify = (href: string) => {
    let verdict = verdicts.get(href);
    if (!verdict) {
      verdict = (async () => {
        const url = new URL(href, origin);
        if (url.origin !== origin) return undefined;
        const response = await fetch(url);
        if (!response.ok) return `${url.pathname} — HTTP ${response.status}`;
        const body = new Uint8Array(await response.arrayBuffer());
        if (body.length === 0) return `${url.pathname} — empty file`;
        const ext = url.pathname.split('.').pop() ?? '';
        const type = response.headers.get('content-type') ?? '';
        const expected = TYPES[ext];
        if (expected && !expected.test(type)) return `${url.pathname} — served as "${type}"`;
        return undefined;
      })();
      verdicts.set(href, verdict);
    }
    return verdict;
  };
  for (const path of paths) {
    const anchors = tagsOf(htmlOf.get(path) ?? '', 'a').filter(
      (a) => a.href && ('download' in a || 'data-download' in a),
    );
    if (anchors.length === 0) continue;
    const problems = (await Promise.all(anchors.map((a) => verify(a.href!)))).filter(
      (p): p is string => Boolean(p),
    );
    results.record('links', rule, path, [...new Set(problems)]);
  }
}

/** Every page's og:image: on this site, a PNG of 1200×630 as its meta tags say, with alt text. */
async function checkPreviewImages(
  results: Results,
  origin: string,
  paths: string[],
  htmlOf: Map<string, string>,
): Promise<void> {
  const rule = 'every preview image (og:image) is a 1200×630 PNG with alt text';
  const sizes = new Map<string, Promise<string>>();
  const sizeOf = (url: string) => {
    let size = sizes.get(url);
    if (!size) {
      size = (async () => {
        const response = await fetch(url);
        if (!response.ok) return `HTTP ${response.status}`;
        const png = new DataView(await response.arrayBuffer());
        if (png.byteLength < 24 || png.getUint32(0) !== 0x89504e47) return 'not a PNG';
        return `${png.getUint32(16)}×${png.getUint32(20)}`;
      })();
      sizes.set(url, size);
    }
    return size;
  };
  for (const path of paths) {
    const meta = new Map(
      tagsOf(htmlOf.get(path) ?? '', 'meta').map((m) => [m.property ?? m.name ?? '', m.content]),
    );
    const image = meta.get('og:image');
    const problems: string[] = [];
    if (!image) problems.push('no og:image');
    else {
      const url = new URL(image);
      if (url.origin !== origin) problems.push(`og:image is off the site: ${image}`);
      const size = await sizeOf(url.href);
      if (size !== '1200×630') problems.push(`${url.pathname}: ${size}`);
      if (meta.get('og:image:width') !== '1200' || meta.get('og:image:height') !== '630')
        problems.push('og:image:width/height are not 1200×630');
      if (!meta.get('og:image:alt')?.trim()) problems.push('no og:image:alt');
    }
    results.record('links', rule, path, problems);
  }
}

async function checkDataPackage(results: Results, origin: string): Promise<void> {
  await results.attempt(
    'links',
    'every datapackage.json resource resolves',
    '/datapackage.json',
    async () => {
      const response = await fetch(`${origin}/datapackage.json`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const pkg = (await response.json()) as {
        resources?: { name?: string; path?: string | string[] }[];
      };
      const resources = pkg.resources ?? [];
      if (resources.length === 0) throw new Error('no resources listed');
      const problems: string[] = [];
      for (const resource of resources) {
        for (const p of [resource.path ?? []].flat()) {
          const url = new URL(p, `${origin}/datapackage.json`);
          if (url.origin !== origin) continue;
          const r = await fetch(url);
          if (!r.ok) problems.push(`${resource.name ?? p}: ${url.pathname} — HTTP ${r.status}`);
        }
      }
      if (problems.length) throw new Error(problems.join('; '));
    },
  );
}

async function checkLanguageSwitch(
  results: Results,
  origin: string,
  paths: string[],
  htmlOf: Map<string, string>,
): Promise<void> {
  const rule = 'language switch leads to this page in the other language';
  const switchOf = (html: string) =>
    tagsOf(html, 'a').find((a) => (a.class ?? '').split(/\s+/).includes('lang-switch'))?.href;
  for (const path of paths) {
    await results.attempt('links', rule, path, async () => {
      const html = htmlOf.get(path) ?? '';
      const href = switchOf(html);
      if (!href) throw new Error('no a.lang-switch on the page');
      const there = new URL(href, `${origin}${path}`);
      const other = langOf(path) === 'vi' ? 'en' : 'vi';
      if (there.origin !== origin) throw new Error(`switch points off the site: ${href}`);
      if (langOf(there.pathname) !== other)
        throw new Error(`switch points to ${there.pathname}, which is not a ${other} page`);
      let theirs = htmlOf.get(there.pathname);
      if (theirs === undefined) {
        const response = await fetch(there);
        if (!response.ok)
          throw new Error(`switch points to ${there.pathname}: HTTP ${response.status}`);
        theirs = await response.text();
      }
      if (!theirs) throw new Error(`switch points to ${there.pathname}, which does not load`);
      if (htmlLang(theirs) !== other)
        throw new Error(`${there.pathname} has <html lang="${htmlLang(theirs)}">, not "${other}"`);
      const back = switchOf(theirs);
      const backPath = back ? new URL(back, there).pathname : undefined;
      if (backPath !== path)
        throw new Error(
          `${there.pathname} switches back to ${backPath ?? 'nothing'}, not to ${path}`,
        );
    });
  }
}
