/**
 * axe-core on every page of the sitemap, in both languages, at the phone and the desktop size:
 * one test per page and size, failing on any violation of WCAG 2.0–2.2 A and AA.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { VIEWPORTS, offline, type ViewportName } from '../lib/browser.ts';
import { Results, messageOf } from '../lib/results.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const RULE = 'axe: no WCAG 2.2 AA violations';

export async function checkAxe(
  results: Results,
  browser: Browser,
  origin: string,
  paths: string[],
): Promise<void> {
  // The two sizes run side by side, one tab each: axe works in the renderer, so this uses both cores.
  await Promise.all(
    (Object.keys(VIEWPORTS) as ViewportName[]).map(async (name) => {
      const context = await browser.newContext({ viewport: VIEWPORTS[name] });
      await offline(context, origin);
      const page = await context.newPage();
      for (const path of paths) {
        const label = `${path} (${name} ${VIEWPORTS[name].width}×${VIEWPORTS[name].height})`;
        try {
          const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
          if (!response?.ok()) {
            results.fail(
              'axe',
              RULE,
              label,
              `page does not load: HTTP ${response?.status() ?? '?'}`,
            );
            continue;
          }
          const report = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          results.record(
            'axe',
            RULE,
            label,
            report.violations.map((v) => {
              const where = v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ');
              return `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.length} element(s): ${where}`;
            }),
          );
        } catch (error) {
          results.fail('axe', RULE, label, messageOf(error));
        }
      }
      await context.close();
    }),
  );
}
