/**
 * Lighthouse (its default mobile settings: Moto G Power emulation, simulated slow 4G and 4× CPU)
 * against Debian's Chromium on five pages: the overview, an area page, an explainer, the map and
 * the data page. Accessibility, best practices and SEO must be 100: they depend on the page, not
 * on the machine. One test per page and category; a failure lists the audits that cost points.
 *
 * Performance is not a gate: its score moves with the load of the machine (a busy 2-core runner
 * failed a different page on each run), so `npm run bench:lighthouse` reports it as the median of
 * several runs. The page's weight is gated by the weight check; bytes and requests are shown here.
 */
import { launchForLighthouse, tilePatterns } from '../lib/browser.ts';
import { runLighthouse, scoreOf, weightOf, type Category } from '../lib/lighthouse.ts';
import { Results, messageOf, table } from '../lib/results.ts';
import { PATHS } from '../lib/site.ts';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const satisfies Category[];
type GateCategory = (typeof CATEGORIES)[number];
const TITLES: Record<GateCategory, string> = {
  accessibility: 'accessibility',
  'best-practices': 'best practices',
  seo: 'SEO',
};

export interface Target {
  label: string;
  path: string;
}

/** The largest page of a kind (by HTML size), so the page tested is the hardest one. */
async function largest(origin: string, paths: string[]): Promise<string | undefined> {
  let best: { path: string; size: number } | undefined;
  for (const path of paths) {
    const size = (await (await fetch(`${origin}${path}`)).arrayBuffer()).byteLength;
    if (!best || size > best.size) best = { path, size };
  }
  return best?.path;
}

export async function chooseLighthousePages(origin: string, paths: string[]): Promise<Target[]> {
  const area = await largest(
    origin,
    paths.filter((p) => /^\/dia-ban\/[^/]+\/$/.test(p)),
  );
  const explainer = await largest(
    origin,
    paths.filter((p) => /^\/giai-thich\/[^/]+\/$/.test(p)),
  );
  return [
    { label: 'overview', path: PATHS.overview.vi },
    { label: 'area page', path: area ?? '/dia-ban/(none)/' },
    { label: 'explainer', path: explainer ?? '/giai-thich/(none)/' },
    { label: 'map', path: PATHS.map.vi },
    { label: 'data page', path: PATHS.data.vi },
  ];
}

/** A few words on each item an audit lists (a console error, a request, an element). */
function itemsOf(details: unknown): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  return items.map((raw) => {
    const item = raw as Record<string, unknown>;
    const node = item.node as { snippet?: string } | undefined;
    const location = item.sourceLocation as { url?: string } | undefined;
    const parts = [item.description, item.url, location?.url, node?.snippet]
      .filter((v): v is string => typeof v === 'string' && v !== '')
      .map((v) => v.replace(/^https?:\/\/[^/]+/, ''));
    return parts.join(' — ').slice(0, 200);
  });
}

export async function checkLighthouse(
  results: Results,
  origin: string,
  targets: Target[],
): Promise<void> {
  const group = 'lighthouse';
  const rows: string[][] = [];
  const chrome = await launchForLighthouse();
  try {
    for (const target of targets) {
      const minimum = 100;
      const rule = (c: GateCategory) => `Lighthouse ${TITLES[c]} = ${minimum}`;
      const page = `${target.path} (${target.label})`;
      const status = (await fetch(`${origin}${target.path}`)).status;
      if (status === 404 && target.label === 'map') {
        for (const c of CATEGORIES)
          results.skip(group, rule(c), page, 'map page not built yet (HTTP 404)');
        rows.push([target.label, target.path, '–', '–', '–', '–', '–', 'not built yet']);
        continue;
      }
      const started = performance.now();
      let lhr;
      try {
        lhr = await runLighthouse(chrome.port, `${origin}${target.path}`, [...CATEGORIES]);
      } catch (error) {
        for (const c of CATEGORIES) results.fail(group, rule(c), page, messageOf(error));
        rows.push([target.label, target.path, 'error', 'error', 'error', '', '', '']);
        continue;
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      const scores: string[] = [];
      for (const c of CATEGORIES) {
        const category = lhr.categories[c];
        const score = scoreOf(lhr, c);
        scores.push(score === undefined ? 'n/a' : String(score));
        const problems: string[] = [];
        if (score === undefined) problems.push(`no ${TITLES[c]} score`);
        else if (score < minimum) {
          problems.push(`${TITLES[c]} ${score} < ${minimum}`);
          for (const ref of category?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
            const value = audit.displayValue ? ` (${audit.displayValue})` : '';
            problems.push(`${audit.id}: ${audit.title}${value}, score ${audit.score.toFixed(2)}`);
            for (const item of itemsOf(audit.details).slice(0, 4)) problems.push(`  ${item}`);
          }
        }
        results.record(group, rule(c), page, problems);
      }
      const { bytes, requests } = weightOf(lhr);
      const kb = bytes === undefined ? 'n/a' : (bytes / 1000).toFixed(0);
      rows.push([
        target.label,
        target.path,
        ...scores,
        kb,
        String(requests ?? 'n/a'),
        `${seconds} s`,
      ]);
    }
  } finally {
    await chrome.close();
  }
  process.stdout.write(
    `\nLighthouse, mobile (default settings), Chromium at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}\n${table(
      ['page', 'path', 'a11y', 'best pr.', 'SEO', 'KB', 'requests', 'time'],
      rows,
      [2, 3, 4, 5, 6, 7],
    )}\n  thresholds: accessibility, best practices, SEO = 100; KB and requests as transferred (not a gate; budgets are in the weight check); map tiles (${tilePatterns().join(', ')}) blocked\n  performance is measured by npm run bench:lighthouse (median of several runs), not gated\n\n`,
  );
}
