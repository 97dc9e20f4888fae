// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteUrl } from './src/site/siteUrl.ts';

// The only third party a page may contact: the map's tile server (PUBLIC_TILE_URL).
const tileUrl = process.env.PUBLIC_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const tileOrigin = (/^https?:\/\/[^/]+/.exec(tileUrl)?.[0] ?? '').replace('{s}', '*');

// SITE_URL and BASE_PATH let a fork publish under its own address (e.g. a GitHub Pages folder).
// A deploy build (DEPLOY=1) without SITE_URL stops here rather than publish localhost links.
// Explainers link to each other relatively (../ocop/), so they need no base of their own.
export default defineConfig({
  site: siteUrl(process.env),
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // Astro 7 strips whitespace between lines by default, which glues Vietnamese words to links.
  compressHTML: true,
  // Two pages rendered at once: measured 21 % faster on the 2-core machines for large builds.
  build: { format: 'directory', concurrency: 2 },
  integrations: [
    mdx(),
    // Embed pages are for iframes on other sites: not listed, and marked noindex.
    sitemap({ filter: (page) => !/\/(nhung|en\/embed)\//.test(page) }),
  ],
  // A Content-Security-Policy on every page: no inline script (Astro hashes what it inlines), no
  // eval, and no request to anyone but this site and the tile server.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        `img-src 'self' data: ${tileOrigin}`,
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: {
      // The search script imports Pagefind's bundle at run time; Vite's preload helper is not
      // available in Astro's inlined scripts, and the site has no other dynamic imports.
      modulePreload: false,
      assetsInlineLimit: 0,
    },
  },
});
