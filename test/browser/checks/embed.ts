/**
 * Embeds as another site shows them. For every chart's embed snippet (found on the pages that
 * offer one): the embed page, opened at 360 px wide with the snippet's height, shows everything
 * (the credit line included) without scrolling; every link on it opens in the top window, not
 * inside the frame; and a host page holding the snippet (iframe plus the optional embed.js) sizes
 * the frame to the embed page's content. One test per embed page, and one for the host.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { Results, expect } from '../lib/results.ts';
import { fetchOk } from '../lib/site.ts';

const GROUP = 'embed';
const TIMEOUT = 30_000;

interface Snippet {
  src: string;
  height: number;
  script?: string;
  html: string;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Each distinct snippet offered on the site's pages, by iframe address. */
async function snippets(origin: string, paths: string[]): Promise<Snippet[]> {
  const found = new Map<string, Snippet>();
  for (const path of paths) {
    const html = await (await fetchOk(`${origin}${path}`)).text();
    for (const m of html.matchAll(/<code>(&lt;iframe[\s\S]*?)<\/code>/g)) {
      const code = unescape(m[1]!);
      const src = /src="([^"]+)"/.exec(code)?.[1];
      const height = Number(/height="(\d+)"/.exec(code)?.[1]);
      const script = /<script src="([^"]+)"/.exec(code)?.[1];
      if (src && !found.has(src)) found.set(src, { src, height, script, html: code });
    }
  }
  return [...found.values()];
}

/** The snippet's addresses are absolute on the site's own address; test them on the server. */
const local = (url: string, origin: string) => {
  const u = new URL(url);
  return `${origin}${u.pathname}${u.search}`;
};

export async function checkEmbed(
  results: Results,
  browser: Browser,
  origin: string,
  paths: string[],
): Promise<void> {
  const all = await snippets(origin, paths);
  expect(all.length > 0, 'no page offers an embed snippet');
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  for (const s of all) {
    const path = new URL(s.src).pathname;
    await results.attempt(
      GROUP,
      'embed fits its snippet at 360 px, links open on top',
      path,
      async () => {
        expect(s.height > 0, `the snippet has no height: ${s.html}`);
        await page.setViewportSize({ width: 360, height: s.height });
        const response = await page.goto(local(s.src, origin));
        expect(response?.ok(), `${path}: HTTP ${response?.status() ?? '?'}`);
        await page.evaluate(() => document.fonts.ready);
        const needed = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(
          needed <= s.height,
          `at 360 px the embed needs ${needed} px but the snippet gives ${s.height}: the end is cut off`,
        );
        const framed = await page.evaluate(() => {
          const base = document.querySelector('base')?.target ?? '';
          return [...document.querySelectorAll('a[href]')]
            .filter((a) => ((a as HTMLAnchorElement).target || base) !== '_top')
            .map((a) => (a as HTMLAnchorElement).href);
        });
        expect(
          framed.length === 0,
          `links that open inside the frame: ${framed.slice(0, 3).join(', ')}`,
        );
      },
    );
  }

  const first = all[0]!;
  await results.attempt(
    GROUP,
    'embed.js sizes the iframe to its content',
    '(host page)',
    async () => {
      expect(first.script, `the snippet loads no script to size the frame: ${first.html}`);
      // A host page on another origin (another port), holding the snippet as a site would.
      const html = first.html
        .replace(first.src, local(first.src, origin))
        .replace(first.script, local(first.script, origin));
      const host = createServer((_, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><title>host</title><body style="margin:0">${html}</body>`);
      });
      await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
      const port = (host.address() as AddressInfo).port;
      await page.setViewportSize({ width: 360, height: 640 });
      try {
        await page.goto(`http://127.0.0.1:${port}/`);
      } finally {
        host.close();
      }
      const frame = page.locator('iframe');
      const height = await frame.evaluate(
        (iframe: HTMLIFrameElement, timeout) =>
          new Promise<number>((resolve, reject) => {
            const started = Date.now();
            const poll = () => {
              if (iframe.style.height) resolve(parseFloat(iframe.style.height));
              else if (Date.now() - started > timeout)
                reject(new Error('the iframe was never sized'));
              else setTimeout(poll, 50);
            };
            poll();
          }),
        TIMEOUT,
      );
      const content = await (await frame.elementHandle())!
        .contentFrame()
        .then((f) => f!.evaluate(() => document.documentElement.scrollHeight));
      expect(
        Math.abs(height - content) <= 2,
        `embed.js set the iframe to ${height} px; its content is ${content} px tall`,
      );
    },
  );
  await context.close();
}
