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
});
