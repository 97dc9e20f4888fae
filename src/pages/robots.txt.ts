/** /robots.txt — crawling allowed, with the sitemap's address (see site/robots.ts). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../site/robots.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site!, import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
