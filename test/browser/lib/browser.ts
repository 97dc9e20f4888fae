/**
 * Debian's Chromium, never a downloaded one: driven by playwright-core for the journeys, axe and
 * page weight, and started bare with a DevTools port for Lighthouse once Playwright's is closed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

import { CHROMIUM, CHROMIUM_FLAGS } from '../../../scripts/lib/chromium.ts';

export { CHROMIUM, CHROMIUM_FLAGS };

export const VIEWPORTS = {
  phone: { width: 360, height: 640 },
  desktop: { width: 1280, height: 800 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}: install Debian's (apt-get install -y chromium fonts-noto-core) or set CHROMIUM_PATH`,
    );
  }
}

/**
 * The only third party a page may contact is the map's tile server, which CI cannot reach: its
 * requests are refused at once instead of waiting on DNS, in Playwright and in Lighthouse alike.
 */
export async function offline(context: BrowserContext, origin: string): Promise<void> {
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => route.abort('blockedbyclient'),
  );
}

/** Lighthouse's blockedUrlPatterns for the tile server (PUBLIC_TILE_URL, as astro.config.mjs). */
export function tilePatterns(): string[] {
  const tileUrl = process.env.PUBLIC_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
  const origin = /^https?:\/\/[^/]+/.exec(tileUrl)?.[0];
  return origin ? [`${origin.replace(/\{[a-z]\}/g, '*')}/*`] : [];
}

export async function launchBrowser(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

export interface DevToolsBrowser {
  port: number;
  close(): Promise<void>;
}

/** Chromium with a remote-debugging port, as Lighthouse expects to find it. */
export async function launchForLighthouse(): Promise<DevToolsBrowser> {
  assertChromium();
  const profile = mkdtempSync(join(tmpdir(), 'gn-lh-profile-'));
  const child = spawn(
    CHROMIUM,
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium gave no DevTools port within 90 s:\n${err}`)),
      90_000, // a wait for a hung browser, long enough for a busy machine
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening DevTools:\n${err}`));
    });
  });
  return {
    port,
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
