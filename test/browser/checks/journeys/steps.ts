/** Steps every journey takes: open a page that records script errors, go, wait for its heading. */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from '../../lib/results.ts';
export const AREA_PATH = /^\/(dia-ban|en\/areas)\/[^/]+\/$/;
// How long a step may wait for the page. A wait, not a measure: a busy machine is slower, and
// only a page that never gets there fails.
export const TIMEOUT = 30_000;

/** A page in the given context that records uncaught script errors. */
export async function openPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return { page, errors };
}

export function noScriptErrors(errors: string[]): void {
  expect(errors.length === 0, `uncaught script error: ${errors.join('; ')}`);
}

export const pathOf = (page: Page) => new URL(page.url()).pathname;

export async function visibleH1(page: Page): Promise<string> {
  const h1 = page.locator('main h1').first();
  await h1.waitFor({ state: 'visible' });
  return (await h1.innerText()).trim();
}

export async function go(page: Page, origin: string, path: string): Promise<void> {
  const response = await page.goto(`${origin}${path}`);
  expect(response?.ok(), `${path} does not load: HTTP ${response?.status() ?? '?'}`);
}

export async function status(origin: string, path: string): Promise<number> {
  return (await fetch(`${origin}${path}`)).status;
}
