/**
 * One Lighthouse run (its default mobile settings) against Debian's Chromium, shared by the gate
 * (test/browser/checks/lighthouse.ts: accessibility, best practices, SEO) and the benchmark
 * (scripts/bench-lighthouse.ts: performance, which depends on how busy the machine is).
 */
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { tilePatterns } from './browser.ts';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export async function runLighthouse(
  port: number,
  url: string,
  categories: Category[],
): Promise<Result> {
  const run = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
    // The page's weight and requests are counted even when performance is not scored.
    onlyAudits: ['total-byte-weight', 'network-requests'],
    // Map tiles come from a third party that CI cannot reach; Lighthouse ignores what it blocks.
    blockedUrlPatterns: tilePatterns(),
    // Waits, not measures: generous so a busy machine is slower, not failing (defaults 30 s, 45 s).
    maxWaitForFcp: 90_000,
    maxWaitForLoad: 120_000,
  });
  const lhr = run?.lhr;
  if (!lhr) throw new Error('Lighthouse returned no result');
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return lhr;
}

/** A category's score out of 100, or undefined when Lighthouse gave none. */
export function scoreOf(lhr: Result, category: Category): number | undefined {
  const score = lhr.categories[category]?.score;
  return score == null ? undefined : Math.round(score * 100);
}

/** Bytes transferred and requests made while loading the page (deterministic for a build). */
export function weightOf(lhr: Result): { bytes?: number; requests?: number } {
  const bytes = lhr.audits['total-byte-weight']?.numericValue;
  const items = (lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)
    ?.items;
  return { bytes, requests: items?.length };
}
