// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// SITE_URL and BASE_PATH let a fork publish under its own address (e.g. a GitHub Pages folder).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Astro 7 strips whitespace between lines by default, which glues Vietnamese words to links.
  compressHTML: true,
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
  vite: {
    build: {
      // The search script imports Pagefind's bundle at run time; Vite's preload helper is not
      // available in Astro's inlined scripts, and the site has no other dynamic imports.
      modulePreload: false,
      assetsInlineLimit: 0,
    },
  },
});
